import { type Sql, sql } from '../store/index.ts';

/** Each customer's share of spend by product category and by product, from sale lines before `asOf`. */
export function spendSharesSql(asOf: string): Sql {
  const day = sql`CAST(${asOf} AS DATE)`;
  return sql`INSERT INTO customer_spend_shares
    WITH lines AS (
      SELECT o.customer_id, coalesce(p.category, 'Uncategorised') AS category, coalesce(p.name, p.sku, 'Unknown') AS product,
        CAST(l.amount AS DOUBLE) AS amount
      FROM orders o JOIN order_lines l ON l.order_id = o.order_id LEFT JOIN products p ON p.product_id = l.product_id
      WHERE o.customer_id IS NOT NULL AND o.kind = 'sale' AND NOT l.is_return AND l.amount > 0 AND o.ordered_at < ${day}
    )
    SELECT customer_id, 'category', category, sum(amount) / sum(sum(amount)) OVER (PARTITION BY customer_id)
    FROM lines GROUP BY customer_id, category
    UNION ALL
    SELECT customer_id, 'product', product, sum(amount) / sum(sum(amount)) OVER (PARTITION BY customer_id)
    FROM lines GROUP BY customer_id, product`;
}
