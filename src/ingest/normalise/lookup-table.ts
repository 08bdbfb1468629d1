import type { Store } from '../../store/index.ts';
import { type Sql, sql } from '../../store/index.ts';

/**
 * Normalises each distinct value of an expression in JS (phones, countries, currencies),
 * into a temp table `(raw, value)` to join back. Distinct values are few, so this is cheap.
 */
export async function buildLookup(
  store: Store,
  source: string,
  raw: Sql,
  name: string,
  normalise: (value: string) => string | null,
): Promise<void> {
  const values = await store.all<{ v: string }>(
    sql`SELECT DISTINCT ${raw} AS v FROM ${sql.ident(source)} WHERE ${raw} IS NOT NULL`,
  );
  await store.run(sql`CREATE OR REPLACE TEMP TABLE ${sql.ident(name)} (raw VARCHAR, value VARCHAR)`);
  const appender = await store.appender(name);
  for (const { v } of values) {
    appender.appendVarchar(v);
    const value = normalise(v);
    if (value === null) appender.appendNull();
    else appender.appendVarchar(value);
    appender.endRow();
  }
  appender.closeSync();
}
