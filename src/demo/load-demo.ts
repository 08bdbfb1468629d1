import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_IMPORT_OPTIONS, type ImportResult, importFile } from '../ingest/index.ts';
import { refreshDerived } from '../pipeline/index.ts';
import type { Store } from '../store/index.ts';
import { generateDemo } from './generate-demo.ts';

export interface DemoRun {
  results: ImportResult[];
  seconds: number;
}

/**
 * Generates the demo bakery-café's export files and imports them through the normal pipeline,
 * so the demo exercises exactly what a real shop's files go through; then refreshes features and segments.
 *
 * @example
 * const run = await loadDemo(store, 5000, 42);
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
    const demo = await generateDemo({ customers, seed, outDir });
    const results: ImportResult[] = [];
    for (const file of [demo.files.customers, demo.files.orders, demo.files.reviews, demo.files.events]) {
      results.push(await importFile(store, file, { ...DEFAULT_IMPORT_OPTIONS, currency: 'GBP' }));
    }
    await refreshDerived(store);
    return { results, seconds: (performance.now() - started) / 1000 };
  } finally {
    if (!keepDir) rmSync(outDir, { recursive: true, force: true });
  }
}
