import { type Sql, sql } from '../store/index.ts';

/** The store's sales as `(customer_key, day, amount)`: live customers only, returns left out. */
export function orderDaysSql(): Sql {
  return sql`SELECT o.customer_id AS customer_key, CAST(o.ordered_at AS DATE) AS day, CAST(o.amount AS DOUBLE) AS amount
    FROM orders o JOIN customers c ON c.customer_id = o.customer_id AND c.merged_into IS NULL
    WHERE o.kind = 'sale'`;
}
