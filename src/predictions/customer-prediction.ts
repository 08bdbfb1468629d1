import { type Store, sql } from '../store/index.ts';
import { explainCustomer } from './explain-customer.ts';

export interface CustomerPrediction {
  customer_id: number;
  run_id: string;
  as_of: string;
  horizon_days: number;
  historic_clv: number;
  predicted_clv: number;
  predicted_clv_low: number | null;
  predicted_clv_high: number | null;
  total_clv: number;
  predicted_number_of_orders: number;
  predicted_number_of_orders_low: number | null;
  predicted_number_of_orders_high: number | null;
  p_alive: number;
  churn_probability: number;
  expected_date_of_next_order: string | null;
  average_days_between_orders: number | null;
  expected_average_order_value: number | null;
  number_of_orders: number;
  days_since_last_order: number | null;
  explanation: string;
}

/**
 * One customer's stored predictions with a plain-words explanation, or undefined when the customer
 * has none (no orders, or the last run was refused).
 *
 * @example
 * const p = await customerPrediction(store, 42); // p.explanation: "Bought 5 times, last 200 days ago …"
 */
export async function customerPrediction(
  store: Store,
  customerId: number,
): Promise<CustomerPrediction | undefined> {
  const row = await store.one(
    sql`SELECT p.customer_id, p.run_id, strftime(p.as_of, '%Y-%m-%d') AS as_of, p.horizon_days, p.historic_clv,
      p.predicted_clv, p.predicted_clv_low, p.predicted_clv_high, p.total_clv, p.predicted_number_of_orders,
      p.predicted_number_of_orders_low, p.predicted_number_of_orders_high, p.p_alive, p.churn_probability,
      strftime(p.expected_date_of_next_order, '%Y-%m-%d') AS expected_date_of_next_order,
      p.average_days_between_orders, p.expected_average_order_value,
      coalesce(f.number_of_orders, 0) AS number_of_orders, f.recency_days AS days_since_last_order
    FROM customer_predictions p LEFT JOIN customer_features f USING (customer_id)
    WHERE p.customer_id = ${sql.int(customerId)}`,
  );
  if (!row) return undefined;
  const numbers = {
    ...row,
    customer_id: Number(row.customer_id),
    number_of_orders: Number(row.number_of_orders),
    days_since_last_order: row.days_since_last_order == null ? null : Number(row.days_since_last_order),
  } as Omit<CustomerPrediction, 'explanation'>;
  return { ...numbers, explanation: explainCustomer(numbers) };
}
