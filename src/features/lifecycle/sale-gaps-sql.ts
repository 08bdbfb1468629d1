import { type Sql, sql } from '../../store/index.ts';

/**
 * Common table expressions `sale_days` (each live customer's distinct days with a sale before
 * their features' as_of) and `sale_gaps` (days since their previous order day, numbered per
 * customer). Order days rather than orders, so two purchases on one day are one visit, not a 0-day gap.
 *
 * @example
 * sql`WITH ${saleGapsSql()} SELECT median(gap_days) FROM sale_gaps`
 */
export function saleGapsSql(): Sql {
  return sql`sale_days AS (
      SELECT DISTINCT o.customer_id, CAST(o.ordered_at AS DATE) AS day
      FROM orders o JOIN customer_features f USING (customer_id)
      WHERE o.kind = 'sale' AND o.ordered_at < f.as_of AND f.number_of_orders >= 1
    ), sale_gaps AS (
      SELECT customer_id, day, date_diff('day', lag(day) OVER w, day) AS gap_days,
        row_number() OVER w AS day_no, count(*) OVER (PARTITION BY customer_id) AS order_days
      FROM sale_days WINDOW w AS (PARTITION BY customer_id ORDER BY day)
    )`;
}
