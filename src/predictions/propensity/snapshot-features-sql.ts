import { type Sql, sql } from '../../store/index.ts';

/**
 * Behaviour of every live customer with at least one sale before `day` (orders strictly before
 * it count), and whether they placed a sale in [day, day + horizonDays): the label. The same
 * definitions serve every training snapshot and the scoring date (where the label is unknown).
 * `sampleShare` < 1 keeps that share of customers, chosen by a hash of their id (the same ones every run).
 */
export function snapshotFeaturesSql(day: string, horizonDays: number, sampleShare = 1): Sql {
  const d = sql`CAST(${day} AS DATE)`;
  const since = (days: number) => sql`o.ordered_at >= ${d} - to_days(CAST(${days} AS INTEGER))`;
  return sql`WITH past AS (
      SELECT c.customer_id,
        count(*) FILTER (WHERE o.kind = 'sale' AND ${since(30)}) AS orders_last_30d,
        count(*) FILTER (WHERE o.kind = 'sale' AND ${since(90)}) AS orders_last_90d,
        count(*) FILTER (WHERE o.kind = 'sale' AND ${since(365)}) AS orders_last_365d,
        count(*) FILTER (WHERE o.kind = 'sale') AS orders_total,
        date_diff('day', CAST(max(o.ordered_at) FILTER (WHERE o.kind = 'sale') AS DATE), ${d}) AS days_since_last_order,
        date_diff('day', CAST(min(o.ordered_at) FILTER (WHERE o.kind = 'sale') AS DATE), ${d}) AS days_since_first_order,
        date_diff('day', CAST(min(o.ordered_at) FILTER (WHERE o.kind = 'sale') AS DATE),
          CAST(max(o.ordered_at) FILTER (WHERE o.kind = 'sale') AS DATE))
          / nullif(count(*) FILTER (WHERE o.kind = 'sale') - 1, 0) AS average_days_between_orders,
        coalesce(sum(CAST(o.amount AS DOUBLE)) FILTER (WHERE ${since(90)}), 0) AS spend_last_90d,
        coalesce(sum(CAST(o.amount AS DOUBLE)), 0) AS spend_total,
        avg(CAST(o.amount AS DOUBLE)) FILTER (WHERE o.kind = 'sale') AS average_order_value,
        count(*) FILTER (WHERE o.kind = 'return') AS returns_total
      FROM customers c JOIN orders o ON o.customer_id = c.customer_id AND o.ordered_at < ${d}
      WHERE c.merged_into IS NULL
        AND hash(c.customer_id) % 1000000 < ${Math.ceil(sampleShare * 1_000_000)}
      GROUP BY c.customer_id
      HAVING count(*) FILTER (WHERE o.kind = 'sale') > 0
    ), future AS (
      SELECT customer_id, count(*) AS n FROM orders
      WHERE kind = 'sale' AND ordered_at >= ${d} AND ordered_at < ${d} + to_days(CAST(${horizonDays} AS INTEGER))
      GROUP BY customer_id
    )
    SELECT past.*, CASE WHEN future.n > 0 THEN 1 ELSE 0 END AS label
    FROM past LEFT JOIN future USING (customer_id)
    ORDER BY past.customer_id`;
}
