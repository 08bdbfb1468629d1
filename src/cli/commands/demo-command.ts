import type { Command } from 'commander';
import { reportError } from '../fail.ts';
import { openCliStore } from '../open-cli-store.ts';
import { printImport } from './print-import.ts';

/** `patron demo [--customers N] [--seed S] [--out DIR]`. */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('generate and import a realistic demo bakery-café with an online shop')
    .option('--customers <n>', 'number of customers', (v) => Number.parseInt(v, 10), 5000)
    .option('--seed <s>', 'random seed (same seed, same data)', (v) => Number.parseInt(v, 10), 42)
    .option('--out <dir>', 'also keep the generated CSV files in this folder')
    .option('--json', 'print JSON')
    .action(async (flags: { customers: number; seed: number; out?: string; json?: boolean }) => {
      try {
        const store = await openCliStore(program.opts().db);
        // The generator is loaded only by the commands that need it, not at every CLI start.
        const run = await (await import('../../demo/index.ts')).loadDemo(
          store,
          flags.customers,
          flags.seed,
          flags.out,
        );
        store.close();
        if (flags.json) console.log(JSON.stringify(run, null, 2));
        else {
          for (const r of run.results) printImport(r);
          console.log(
            `demo: ${flags.customers.toLocaleString('en-GB')} customers generated and imported in ${run.seconds.toFixed(1)} s`,
          );
        }
      } catch (error) {
        reportError(error, Boolean(flags.json));
      }
    });
}
