import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { refreshFeatures } from '../../features/index.ts';
import { DEFAULT_IMPORT_OPTIONS, type ImportResult, importFile } from '../../ingest/index.ts';
import type { Store } from '../../store/index.ts';
import { reportError } from '../fail.ts';
import { openCliStore } from '../open-cli-store.ts';
import { printImport } from './print-import.ts';

export interface DemoRun {
  results: ImportResult[];
  seconds: number;
}

/**
 * Generates the demo bakery-café's export files and imports them through the normal pipeline,
 * so the demo exercises exactly what a real shop's files go through.
 */
export async function loadDemo(
  store: Store,
  customers: number,
  seed: number,
  keepDir?: string,
): Promise<DemoRun> {
  const started = performance.now();
  const outDir = keepDir ?? mkdtempSync(join(tmpdir(), 'patron-demo-'));
  try {
    // Loaded on demand: only demo and start need the generator.
    const { generateDemo } = await import('../../demo/index.ts');
    const demo = await generateDemo({ customers, seed, outDir });
    const results: ImportResult[] = [];
    for (const file of [demo.files.customers, demo.files.orders, demo.files.reviews, demo.files.events]) {
      results.push(await importFile(store, file, { ...DEFAULT_IMPORT_OPTIONS, currency: 'GBP' }));
    }
    await refreshFeatures(store);
    return { results, seconds: (performance.now() - started) / 1000 };
  } finally {
    if (!keepDir) rmSync(outDir, { recursive: true, force: true });
  }
}

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
        const run = await loadDemo(store, flags.customers, flags.seed, flags.out);
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
