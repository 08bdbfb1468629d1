import { type Store, sql } from '../store/index.ts';
import { explainCustomer } from './explain-customer.ts';

export interface AtRiskCustomer {
  customer_id: number;
  email: string | null;
  churn_probability: number;
  historic_clv: number;
  predicted_clv: number;
  explanation: string;
}

/**
 * Valuable customers most likely lost: churn probability at least `minChurn`, ordered by historic
 * value, each with its explanation (the dashboard's at-risk list).
 *
 * @example
 * const list = await atRiskCustomers(store, { limit: 50 });
 */
export async function atRiskCustomers(
  store: Store,
  options: { minChurn?: number; limit?: number } = {},
): Promise<AtRiskCustomer[]> {
  const rows = await store.all(
    sql`SELECT p.customer_id, c.email, p.churn_probability, p.p_alive, p.historic_clv, p.predicted_clv,
      p.predicted_number_of_orders, p.horizon_days, p.average_days_between_orders,
      strftime(p.expected_date_of_next_order, '%Y-%m-%d') AS expected_date_of_next_order,
      coalesce(f.number_of_orders, 0) AS number_of_orders, f.recency_days
    FROM customer_predictions p JOIN customers c USING (customer_id) LEFT JOIN customer_features f USING (customer_id)
    WHERE p.churn_probability >= ${options.minChurn ?? 0.5}
    ORDER BY p.historic_clv DESC, p.customer_id LIMIT ${options.limit ?? 50}`,
  );
  return rows.map((r) => ({
    customer_id: Number(r.customer_id),
    email: (r.email as string | null) ?? null,
    churn_probability: Number(r.churn_probability),
    historic_clv: Number(r.historic_clv),
    predicted_clv: Number(r.predicted_clv),
    explanation: explainCustomer({
      number_of_orders: Number(r.number_of_orders),
      days_since_last_order: r.recency_days == null ? null : Number(r.recency_days),
      average_days_between_orders:
        r.average_days_between_orders == null ? null : Number(r.average_days_between_orders),
      p_alive: Number(r.p_alive),
      predicted_number_of_orders: Number(r.predicted_number_of_orders),
      horizon_days: Number(r.horizon_days),
      expected_date_of_next_order: (r.expected_date_of_next_order as string | null) ?? null,
    }),
  }));
}
