import { type Store, sql } from '../store/index.ts';

/**
 * The analysis date: the day after the last order in the store, unless one is given.
 * Orders strictly before it count. Returns `YYYY-MM-DD`, or null when there are no orders.
 *
 * @example
 * await resolveAsOf(store) // => '2011-12-10' for Online Retail
 */
export async function resolveAsOf(store: Store, given?: string): Promise<string | null> {
  if (given) return given;
  const row = await store.one<{ d: string | null }>(
    sql`SELECT strftime(CAST(max(ordered_at) AS DATE) + INTERVAL 1 DAY, '%Y-%m-%d') AS d FROM orders`,
  );
  return row?.d ?? null;
}
