import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { loadDemo } from '../../demo/index.ts';
import { openStore } from '../../store/index.ts';
import { setAdminPassword, Workspaces } from '../../workspaces/index.ts';
import { buildServer, type PatronServer, type ServerOptions } from '../build-server.ts';

export const TEST_PASSWORD = 'correct horse battery';

export interface TestServer {
  app: PatronServer;
  workspaces: Workspaces;
  dir: string;
  dbPath: string;
  /** The admin's session cookie (`patron_session=…`). */
  cookie: string;
  routes: { method: string; url: string }[];
  close(): Promise<void>;
}

/**
 * A real server over a real DuckDB file in a temp folder, seeded with a small demo (built once per
 * test file), with an admin password set and an admin session.
 */
export async function startTestServer(
  options: Partial<Omit<ServerOptions, 'workspaces'>> & { customers?: number } = {},
): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'patron-api-test-'));
  const dbPath = join(dir, 'patron.duckdb');
  const { customers = 300, ...serverOptions } = options;
  if (customers > 0) {
    const store = await openStore(dbPath);
    await loadDemo(store, customers, 11);
    store.close();
  }
  const workspaces = await Workspaces.open(dbPath);
  await setAdminPassword(workspaces.control, TEST_PASSWORD);
  const routes: { method: string; url: string }[] = [];
  const app = await buildServer({
    webDist: null,
    ...serverOptions,
    workspaces,
    onRoute: (r) => routes.push(r),
  });
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { password: TEST_PASSWORD },
  });
  const cookie = String(login.headers['set-cookie']).split(';')[0] ?? '';
  return {
    app,
    workspaces,
    dir,
    dbPath,
    cookie,
    routes,
    async close() {
      await app.close();
      await workspaces.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The response body as JSON. */
export function json<T = Record<string, unknown>>(response: LightMyRequestResponse): T {
  return JSON.parse(response.body) as T;
}
