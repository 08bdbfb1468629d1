import { type Sql, sql } from '../store/index.ts';

/**
 * Order features per live customer, from orders placed before `asOf`: first and last order,
 * number of orders (sales only), returns, net amount spent, average order value, recency,
 * tenure, average gap between orders, returns rate and share of orders with a discount.
 */
export function orderFeaturesSql(asOf: string): Sql {
  const day = sql`CAST(${asOf} AS DATE)`;
  return sql`INSERT INTO customer_features
    SELECT c.customer_id, ${day},
      CAST(min(o.ordered_at) FILTER (WHERE o.kind = 'sale') AS DATE) AS first_order_date,
      CAST(max(o.ordered_at) FILTER (WHERE o.kind = 'sale') AS DATE) AS last_order_date,
      count(o.order_id) FILTER (WHERE o.kind = 'sale') AS number_of_orders,
      count(o.order_id) FILTER (WHERE o.kind = 'return') AS number_of_returns,
      coalesce(sum(CAST(o.amount AS DOUBLE)), 0) AS amount_spent,
      sum(CAST(o.amount AS DOUBLE)) FILTER (WHERE o.kind = 'sale') / nullif(count(o.order_id) FILTER (WHERE o.kind = 'sale'), 0),
      date_diff('day', CAST(max(o.ordered_at) FILTER (WHERE o.kind = 'sale') AS DATE), ${day}) AS recency_days,
      date_diff('day', CAST(min(o.ordered_at) FILTER (WHERE o.kind = 'sale') AS DATE), ${day}) AS tenure_days,
      date_diff('day', CAST(min(o.ordered_at) FILTER (WHERE o.kind = 'sale') AS DATE),
        CAST(max(o.ordered_at) FILTER (WHERE o.kind = 'sale') AS DATE))
        / nullif(count(o.order_id) FILTER (WHERE o.kind = 'sale') - 1, 0) AS average_days_between_orders,
      count(o.order_id) FILTER (WHERE o.kind = 'return') / nullif(count(o.order_id) FILTER (WHERE o.kind = 'sale'), 0),
      count(o.order_id) FILTER (WHERE o.kind = 'sale' AND o.discount_amount > 0) / nullif(count(o.order_id) FILTER (WHERE o.kind = 'sale'), 0)
    FROM customers c LEFT JOIN orders o ON o.customer_id = c.customer_id AND o.ordered_at < ${day}
    WHERE c.merged_into IS NULL
    GROUP BY c.customer_id`;
}
