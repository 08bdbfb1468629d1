import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { DEFAULT_IMPORT_OPTIONS, importFile } from '../src/ingest/index.ts';
import { openStore } from '../src/store/index.ts';

const FILE = resolve(
  import.meta.dirname,
  '..',
  '..',
  'shared',
  'data',
  'online-retail',
  'online_retail.csv.gz',
);

async function bare(dir: string, i: number): Promise<number> {
  const instance = await DuckDBInstance.create(join(dir, `bare${i}.duckdb`));
  const connection = await instance.connect();
  const started = performance.now();
  await connection.run('CREATE TABLE t AS SELECT * FROM read_csv_auto($1)', [FILE]);
  const ms = performance.now() - started;
  connection.closeSync();
  instance.closeSync();
  return ms;
}

async function patron(dir: string, i: number): Promise<number> {
  const store = await openStore(join(dir, `patron${i}.duckdb`));
  const started = performance.now();
  await importFile(store, FILE, { ...DEFAULT_IMPORT_OPTIONS });
  const ms = performance.now() - started;
  store.close();
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Patron's full import of Online Retail against DuckDB's bare read_csv_auto, alternating, 3 runs each. */
export async function benchOnlineRetail(): Promise<Record<string, string | number>[]> {
  if (!existsSync(FILE))
    return [{ benchmark: 'online retail import', result: 'skipped: ../shared/data missing' }];
  const dir = mkdtempSync(join(tmpdir(), 'patron-bench-'));
  try {
    const bares: number[] = [];
    const patrons: number[] = [];
    for (let i = 0; i < 3; i++) {
      bares.push(await bare(dir, i));
      patrons.push(await patron(dir, i));
    }
    const ratio = median(patrons) / median(bares);
    return [
      {
        benchmark: 'DuckDB read_csv_auto → table',
        'median ms': median(bares).toFixed(0),
        runs: bares.map((x) => x.toFixed(0)).join(' '),
        target: '',
        verdict: '',
      },
      {
        benchmark: 'patron import (all steps)',
        'median ms': median(patrons).toFixed(0),
        runs: patrons.map((x) => x.toFixed(0)).join(' '),
        target: '',
        verdict: '',
      },
      {
        benchmark: 'ratio patron / bare',
        'median ms': ratio.toFixed(2),
        runs: '',
        target: '≤ 2.0',
        verdict: ratio <= 2 ? 'PASS' : 'FAIL',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
