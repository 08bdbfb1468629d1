import { type Sql, type Store, sql } from '../store/index.ts';

/** The first purchase day in a `(customer_key, day, amount)` relation up to `end`, or null. */
export async function firstOrderDay(store: Store, source: Sql, end: string): Promise<string | null> {
  const row = await store.one<{ d: string | null }>(
    sql`SELECT strftime(min(day), '%Y-%m-%d') AS d FROM (${source}) src WHERE day <= CAST(${end} AS DATE)`,
  );
  return row?.d ?? null;
}
