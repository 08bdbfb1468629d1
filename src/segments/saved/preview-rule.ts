import { type Store, sql } from '../../store/index.ts';
import { compileRule, DEFAULT_CATALOGUE } from '../rules/index.ts';
import { analysisDate } from './analysis-date.ts';
import { readRule } from './read-rule.ts';

export interface RulePreview {
  as_of: string;
  count: number;
  sample: {
    customer_id: number;
    email: string | null;
    number_of_orders: number;
    amount_spent: number;
    last_order_date: string | null;
  }[];
}

/** How many customers an unsaved rule matches now, with a sample of them (largest spenders first). */
export async function previewRule(store: Store, text: string, limit = 10): Promise<RulePreview> {
  const asOf = await analysisDate(store);
  const condition = compileRule(readRule(text), DEFAULT_CATALOGUE, { asOf });
  const count = await store.one<{ n: bigint }>(
    sql`SELECT count(*) AS n FROM customer_profile p WHERE ${condition}`,
  );
  const sample = await store.all<
    Record<string, unknown>
  >(sql`SELECT p.customer_id, p.email, p.number_of_orders, p.amount_spent,
      strftime(p.last_order_date, '%Y-%m-%d') AS last_order_date
    FROM customer_profile p WHERE ${condition} ORDER BY p.amount_spent DESC, p.customer_id LIMIT ${limit}`);
  return {
    as_of: asOf,
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
