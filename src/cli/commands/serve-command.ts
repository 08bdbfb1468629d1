import type { Command } from 'commander';
import { reportError } from '../fail.ts';
import { runServer, serverAddress } from './run-server.ts';

/** `patron serve`: the dashboard and API over the existing store (PORT, HOST or flags). */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the dashboard and API (default http://127.0.0.1:3000; PORT and HOST also work)')
    .option('--port <n>', 'port to listen on')
    .option('--host <host>', 'address to listen on')
    .action(async (flags: { port?: string; host?: string }) => {
      try {
        const env = {
          ...process.env,
          ...(flags.port ? { PORT: flags.port } : {}),
          ...(flags.host ? { HOST: flags.host } : {}),
        };
        await runServer({ db: program.opts().db, ...serverAddress(env) });
      } catch (error) {
        reportError(error, false);
      }
    });
}
