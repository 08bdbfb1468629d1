import { type Store, sql } from '../store/index.ts';

export interface FeatureOverview {
  as_of: string | null;
  customers: number;
  customers_with_orders: number;
  average: {
    number_of_orders: number;
    amount_spent: number;
    average_order_value: number;
    recency_days: number;
    tenure_days: number;
    average_days_between_orders: number | null;
  };
  repeat_rate: number;
}

/** The features at a glance: how many customers, and the average of each main feature. */
export async function featureOverview(store: Store): Promise<FeatureOverview> {
  const row = await store.one<
    Record<string, unknown>
  >(sql`SELECT strftime(max(as_of), '%Y-%m-%d') AS as_of, count(*) AS customers,
      count(*) FILTER (WHERE number_of_orders > 0) AS buyers,
      avg(number_of_orders) FILTER (WHERE number_of_orders > 0) AS orders, avg(amount_spent) FILTER (WHERE number_of_orders > 0) AS spent,
      avg(average_order_value) AS aov, avg(recency_days) AS recency, avg(tenure_days) AS tenure, avg(average_days_between_orders) AS gap,
      count(*) FILTER (WHERE number_of_orders > 1) / nullif(count(*) FILTER (WHERE number_of_orders > 0), 0) AS repeat_rate
    FROM customer_features`);
  const num = (k: string) => Math.round(Number(row?.[k] ?? 0) * 100) / 100;
  return {
    as_of: (row?.as_of as string | null) ?? null,
    customers: num('customers'),
    customers_with_orders: num('buyers'),
    average: {
      number_of_orders: num('orders'),
      amount_spent: num('spent'),
      average_order_value: num('aov'),
      recency_days: num('recency'),
      tenure_days: num('tenure'),
      average_days_between_orders: row?.gap === null ? null : num('gap'),
    },
    repeat_rate: num('repeat_rate'),
  };
}
