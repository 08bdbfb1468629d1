import { type Sql, sql } from '../../store/index.ts';
import { saleGapsSql } from './sale-gaps-sql.ts';

/**
 * The chosen percentile of days from customers' first to second order day, over everyone who has
 * a second one: the expected gap for customers who ordered on one day only. One row,
 * `gap_days` (NULL while nobody has come back).
 *
 * @example
 * await store.one(shopSecondOrderGapSql(0.5)) // => { gap_days: 11 } on the demo
 */
export function shopSecondOrderGapSql(percentile: number): Sql {
  return sql`WITH ${saleGapsSql()}
    SELECT quantile_cont(gap_days, ${percentile}) FILTER (WHERE day_no = 2) AS gap_days FROM sale_gaps`;
}
