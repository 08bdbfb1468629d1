import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PatronError } from '../../errors/index.ts';
import { openStore, type Sql, type Store, sql } from '../../store/index.ts';
import { DEFAULT_IMPORT_OPTIONS, type ImportOptions, type ImportResult, importFile } from '../index.ts';

/** The counts every successful step states exactly. */
export interface Counts {
  rows_read: number;
  rows_loaded: number;
  rows_quarantined: number;
  rows_duplicate: number;
  orders: number;
  returns: number;
  guest_orders: number;
}

/** One quarantined row: spreadsheet row number (header = 1), rule code, column, and optionally the raw value. */
export interface Quarantined {
  row: number;
  code: string;
  column: string | null;
  value?: string | null;
}

/** A query run after the step, and the rows it must return (BIGINTs compared as numbers). */
export interface Check {
  query: Sql;
  rows: Record<string, unknown>[];
}

export interface Loaded {
  counts: Counts;
  /** Further result fields that must match exactly. */
  result?: Partial<ImportResult>;
  /** Every warning code with its count; codes not listed must be absent. */
  warnings?: Record<string, number>;
  /** Warning codes left out of the comparison, because a `bug` case covers them. */
  ignoreWarnings?: readonly string[];
  /** Every row this step quarantined, in row order. */
  quarantine?: Quarantined[];
  checks?: Check[];
}

export interface Failed {
  error: string;
}

export interface Step {
  file: string;
  options?: Partial<ImportOptions>;
  expect: Loaded | Failed;
}

export interface CorpusCase {
  name: string;
  steps: Step[];
  /** Set when the case shows an importer bug: node:test reports it without failing the suite. */
  bug?: string;
}

/** Every table an import can write to. */
export const TABLES = [
  'customers',
  'customer_identities',
  'identity_merges',
  'customer_records',
  'products',
  'orders',
  'order_lines',
  'events',
  'feedback',
  'customer_attributes',
  'consents',
  'quarantine',
  'import_runs',
] as const;

export type Table = (typeof TABLES)[number];

export async function tableCounts(store: Store): Promise<Record<Table, number>> {
  const entries: [Table, number][] = [];
  for (const table of TABLES) {
    const row = await store.one<{ n: bigint }>(sql`SELECT count(*) AS n FROM ${sql.ident(table)}`);
    entries.push([table, Number(row?.n ?? -1)]);
  }
  return Object.fromEntries(entries) as Record<Table, number>;
}

/** Rows with BIGINTs as numbers, so expected rows can be written as plain literals. */
export async function rowsOf(store: Store, query: Sql): Promise<Record<string, unknown>[]> {
  const rows = await store.all(query);
  return rows.map((r) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])),
  );
}

/** Finds a corpus file: generated ones (binary, large) first, then the text fixtures. */
export function corpusPath(name: string, generatedDir: string): string {
  const generated = join(generatedDir, name);
  return existsSync(generated) ? generated : join(import.meta.dirname, 'fixtures', name);
}

/** Runs one case's steps on a fresh in-memory store, checking each outcome exactly. */
export async function runCase(c: CorpusCase, generatedDir: string): Promise<void> {
  const store = await openStore(':memory:');
  try {
    for (const [i, step] of c.steps.entries()) {
      const label = `${c.name}, step ${i + 1} (${step.file})`;
      const path = corpusPath(step.file, generatedDir);
      const options: ImportOptions = { ...DEFAULT_IMPORT_OPTIONS, ...step.options };
      if ('error' in step.expect) await expectFailure(store, path, options, step.expect, label);
      else await expectLoaded(store, path, options, step.expect, label);
    }
  } finally {
    store.close();
  }
}

async function expectFailure(store: Store, path: string, options: ImportOptions, f: Failed, label: string) {
  const before = await tableCounts(store);
  await assert.rejects(
    importFile(store, path, options),
    (e: unknown) => {
      assert.ok(e instanceof PatronError, `${label}: expected a PatronError, got ${String(e)}`);
      assert.equal(e.code, f.error, `${label}: error code (${e.message})`);
      return true;
    },
    `${label}: expected error ${f.error}`,
  );
  assert.deepEqual(await tableCounts(store), before, `${label}: a failed import writes nothing`);
}

async function expectLoaded(store: Store, path: string, options: ImportOptions, e: Loaded, label: string) {
  const r = await importFile(store, path, options);
  const counts: Counts = {
    rows_read: r.rows_read,
    rows_loaded: r.rows_loaded,
    rows_quarantined: r.rows_quarantined,
    rows_duplicate: r.rows_duplicate,
    orders: r.orders,
    returns: r.returns,
    guest_orders: r.guest_orders,
  };
  assert.deepEqual(counts, e.counts, `${label}: counts`);
  for (const [key, value] of Object.entries(e.result ?? {}))
    assert.deepEqual(r[key as keyof ImportResult], value, `${label}: result.${key}`);
  const warnings = Object.fromEntries(
    r.warnings.filter((w) => !e.ignoreWarnings?.includes(w.code)).map((w) => [w.code, w.count]),
  );
  assert.deepEqual(warnings, e.warnings ?? {}, `${label}: warnings`);
  const quarantined = await rowsOf(
    store,
    sql`SELECT row_no, code, column_name, raw_value, file_name FROM quarantine WHERE import_id = ${r.import_id} ORDER BY row_no, code`,
  );
  for (const q of quarantined) assert.equal(q.file_name, basename(path), `${label}: quarantine file_name`);
  const expected = e.quarantine ?? [];
  assert.deepEqual(
    quarantined.map((q, k) => ({
      row: q.row_no,
      code: q.code,
      column: q.column_name,
      ...(expected[k] && 'value' in expected[k] ? { value: q.raw_value } : {}),
    })),
    expected,
    `${label}: quarantine`,
  );
  const run = await rowsOf(
    store,
    sql`SELECT rows_read, rows_loaded, rows_quarantined, rows_duplicate FROM import_runs WHERE import_id = ${r.import_id}`,
  );
  assert.deepEqual(
    run,
    [
      {
        rows_read: r.rows_read,
        rows_loaded: r.rows_loaded,
        rows_quarantined: r.rows_quarantined,
        rows_duplicate: r.rows_duplicate,
      },
    ],
    `${label}: import_runs`,
  );
  for (const check of e.checks ?? [])
    assert.deepEqual(await rowsOf(store, check.query), check.rows, `${label}: ${check.query.render().text}`);
}
