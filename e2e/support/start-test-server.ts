import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadDemo } from '../../src/demo/index.ts';
import { buildServer } from '../../src/server/index.ts';
import { openStore } from '../../src/store/index.ts';
import { setAdminPassword, Workspaces } from '../../src/workspaces/index.ts';

export interface TestServer {
  url: string;
  password: string;
  dir: string;
  close: () => Promise<void>;
}

/**
 * A real Patron server on a free port over a real DuckDB file in a temp folder, seeded with a small
 * demo bakery-café, serving the built dashboard from web/dist.
 */
export async function startTestServer(options: { customers: number; seed: number }): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'patron-e2e-'));
  const dbPath = join(dir, 'patron.duckdb');
  const store = await openStore(dbPath);
  await loadDemo(store, options.customers, options.seed);
  store.close();
  const workspaces = await Workspaces.open(dbPath);
  const password = 'e2e-admin-password';
  await setAdminPassword(workspaces.control, password);
  const app = await buildServer({ workspaces, webDist: resolve('web/dist') });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('the server has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    password,
    dir,
    close: async () => {
      await app.close();
      await workspaces.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
