import type { Command } from 'commander';
import { storeStats } from '../../insights/index.ts';
import { reportError } from '../fail.ts';
import { openCliStore } from '../open-cli-store.ts';
import { serverAddress } from './server-address.ts';
import { printStats } from './stats-command.ts';

/**
 * `npm start`: on an empty store, load the demo business and compute everything (features,
 * segments and whatever else the pipeline refreshes); then serve the dashboard and API.
 */
export function registerStart(program: Command): void {
  program
    .command('start')
    .description(
      'load the demo business into an empty store, then serve the dashboard on http://127.0.0.1:3000',
    )
    .action(async () => {
      try {
        const store = await openCliStore(program.opts().db);
        if ((await storeStats(store)).orders === 0) {
          console.log('The store is empty: generating the demo bakery-café (5,000 customers) …');
          const run = await (await import('../../demo/index.ts')).loadDemo(store, 5000, 42);
          console.log(`Demo imported and everything computed in ${run.seconds.toFixed(1)} s.\n`);
        }
        printStats(await storeStats(store));
        store.close();
        // The server (Fastify, the report's charts) loads only for the commands that serve.
        const { runServer } = await import('./run-server.ts');
        await runServer({ db: program.opts().db, ...serverAddress() });
      } catch (error) {
        reportError(error, false);
      }
    });
}
