import { type Sql, type Store, sql } from '../../store/index.ts';

export interface MatchSample {
  count: number;
  sample: {
    customer_id: number;
    email: string | null;
    number_of_orders: number;
    amount_spent: number;
    last_order_date: string | null;
  }[];
}

/**
 * How many profiles a compiled condition matches, with the largest spenders among them.
 * `profiles` is `customer_profile` or a copy of it (the server reads a snapshot table).
 *
 * @example
 * const { count, sample } = await matchSample(store, sql.ident('customer_profile'), condition, 10);
 */
export async function matchSample(
  store: Store,
  profiles: Sql,
  condition: Sql,
  limit: number,
): Promise<MatchSample> {
  const count = await store.one<{ n: bigint }>(
    sql`SELECT count(*) AS n FROM ${profiles} p WHERE ${condition}`,
  );
  const sample = await store.all<
    Record<string, unknown>
  >(sql`SELECT p.customer_id, p.email, p.number_of_orders,
      p.amount_spent, strftime(p.last_order_date, '%Y-%m-%d') AS last_order_date
    FROM ${profiles} p WHERE ${condition} ORDER BY p.amount_spent DESC, p.customer_id LIMIT ${limit}`);
  return {
    count: Number(count?.n ?? 0),
    sample: sample.map((r) => ({
      customer_id: Number(r.customer_id),
      email: (r.email as string | null) ?? null,
      number_of_orders: Number(r.number_of_orders),
      amount_spent: Math.round(Number(r.amount_spent) * 100) / 100,
      last_order_date: (r.last_order_date as string | null) ?? null,
    })),
  };
}
