import type { Command } from 'commander';
import { reportError } from '../fail.ts';
import { serverAddress } from './server-address.ts';

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
        // The server (Fastify, the report's charts) loads only for the commands that serve.
        const { runServer } = await import('./run-server.ts');
        await runServer({ db: program.opts().db, ...serverAddress(env) });
      } catch (error) {
        reportError(error, false);
      }
    });
}
