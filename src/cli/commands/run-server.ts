import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pc from 'picocolors';
import { buildServer, DEFAULT_WEB_DIST, warmDashboard } from '../../server/index.ts';
import { resolveDbPath } from '../../store/index.ts';
import { createLoginLink, hasAdminPassword, setAdminPassword, Workspaces } from '../../workspaces/index.ts';
import { listenError } from './server-address.ts';

export interface RunServerOptions {
  db: string | undefined;
  port: number;
  host: string;
}

/**
 * Opens every workspace, serves the API and dashboard, prints the URL and how to sign in, and
 * closes the server and the databases cleanly on Ctrl-C or SIGTERM.
 */
export async function runServer(options: RunServerOptions): Promise<void> {
  const workspaces = await Workspaces.open(resolveDbPath(options.db));
  const envPassword = process.env.PATRON_ADMIN_PASSWORD;
  if (envPassword && !(await hasAdminPassword(workspaces.control)))
    await setAdminPassword(workspaces.control, envPassword);
  const webDist = DEFAULT_WEB_DIST;
  const built = existsSync(join(webDist, 'index.html'));
  const app = await buildServer({ workspaces, webDist: built ? webDist : null });
  try {
    await app.listen({ port: options.port, host: options.host });
  } catch (error) {
    await app.close();
    await workspaces.close();
    throw listenError(error, options.port, options.host) ?? error;
  }
  const shown = options.host === '0.0.0.0' || options.host === '::' ? '127.0.0.1' : options.host;
  const port = (app.server.address() as { port: number } | null)?.port ?? options.port;
  const url = `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`;
  console.log(`\nPatron is running at ${pc.bold(url)}  (API docs: ${url}/docs)`);
  if (!built)
    console.log(
      pc.yellow('The dashboard is not built yet: run `npm run build:web`, then restart. The API works.'),
    );
  if (await hasAdminPassword(workspaces.control)) {
    console.log('Sign in with the admin password (change it with `patron admin set-password`).');
  } else {
    const token = await createLoginLink(workspaces.control);
    console.log(
      `Demo mode: open this one-time login link (valid 24 hours, works once):\n  ${pc.bold(`${url}/auth/link?token=${token}`)}`,
    );
    console.log(
      'Set an admin password with `patron admin set-password` (or PATRON_ADMIN_PASSWORD) to sign in later.',
    );
  }
  console.log(pc.dim('Press Ctrl-C to stop.'));
  let stopping = false;
  // Compute the dashboard's first pages now, so the first visit is quick (a stop cuts this short).
  warmDashboard(app, workspaces, 'default').then(
    (ms) => {
      if (!stopping) console.log(pc.dim(`Dashboard data ready (${(ms / 1000).toFixed(1)} s).`));
    },
    (error: unknown) => {
      if (!stopping) console.error(pc.red('Could not prepare the dashboard data:'), error);
    },
  );
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping …`);
    await app.close();
    await workspaces.close();
    console.log('Stopped cleanly.');
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}
