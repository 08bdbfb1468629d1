import { type Sql, sql } from '../../store/index.ts';
import { saleGapsSql } from './sale-gaps-sql.ts';

/** One customer's ordering rhythm as of the features' date: the numbers the stages are judged on. */
export type CustomerRhythm = {
  customer_id: bigint;
  recency_days: number;
  tenure_days: number;
  /** Distinct days with a sale order. */
  order_days: number;
  gaps: number;
  median_gap_days: number | null;
  /** The gap that ended with their latest order day (NULL with one order day). */
  last_gap_days: number | null;
  /** Gaps before the latest one, and their median: the rhythm they had before their latest order. */
  prior_gaps: number;
  prior_median_gap_days: number | null;
};

/**
 * The rhythm of every live customer with at least one sale before as_of, in `CustomerRhythm` columns.
 *
 * @example
 * const rows = await store.all<CustomerRhythm>(customerRhythmSql());
 */
export function customerRhythmSql(): Sql {
  return sql`WITH ${saleGapsSql()}
    SELECT f.customer_id, f.recency_days, f.tenure_days,
      any_value(g.order_days)::INTEGER AS order_days,
      count(g.gap_days)::INTEGER AS gaps,
      median(g.gap_days) AS median_gap_days,
      max(g.gap_days) FILTER (WHERE g.day_no = g.order_days)::INTEGER AS last_gap_days,
      count(g.gap_days) FILTER (WHERE g.day_no < g.order_days)::INTEGER AS prior_gaps,
      median(g.gap_days) FILTER (WHERE g.day_no < g.order_days) AS prior_median_gap_days
    FROM customer_features f JOIN sale_gaps g USING (customer_id)
    GROUP BY f.customer_id, f.recency_days, f.tenure_days
    ORDER BY f.customer_id`;
}
