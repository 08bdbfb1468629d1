import { type Sql, sql } from '../../store/index.ts';
import { cohortMembersSql } from './cohort-members-sql.ts';
import type { CohortSplit } from './cohort-options.ts';

/** One cohort in one month after acquisition: who ordered and the net revenue. */
export type CohortActivity = {
  /** Acquisition month, `YYYY-MM`. */
  month: string;
  cohort_group: string | null;
  /** Months after the acquisition month (0 = the month itself). */
  k: number;
  /** Customers of the cohort with a sale that month; at k = 0 that is the whole cohort. */
  customers: number;
  /** Sales minus returns that month. */
  revenue: number;
};

/**
 * Activity per cohort and month after acquisition (k = 0..`months`), over live customers' orders
 * strictly before `asOf`. A cohort is the month of a customer's first sale, optionally split.
 *
 * @example
 * await store.all<CohortActivity>(cohortActivitySql('2024-04-01', 'month', 12));
 */
export function cohortActivitySql(asOf: string, by: CohortSplit, months: number): Sql {
  const day = sql`CAST(${asOf} AS DATE)`;
  return sql`WITH firsts AS (
      SELECT o.customer_id, o.order_id, o.channel, date_trunc('month', o.ordered_at) AS cohort_month
      FROM orders o JOIN customers c USING (customer_id)
      WHERE c.merged_into IS NULL AND o.kind = 'sale' AND o.ordered_at < ${day}
      QUALIFY row_number() OVER (PARTITION BY o.customer_id ORDER BY o.ordered_at, o.order_id) = 1
    ), members AS (${cohortMembersSql(by)}),
    activity AS (
      SELECT m.cohort_month, m.cohort_group, o.customer_id, o.kind, CAST(o.amount AS DOUBLE) AS amount,
        date_diff('month', m.cohort_month, date_trunc('month', o.ordered_at)) AS k
      FROM orders o JOIN members m USING (customer_id) WHERE o.ordered_at < ${day}
    )
    SELECT strftime(cohort_month, '%Y-%m') AS month, cohort_group, k::INTEGER AS k,
      count(DISTINCT customer_id) FILTER (WHERE kind = 'sale')::INTEGER AS customers, sum(amount) AS revenue
    FROM activity WHERE k BETWEEN 0 AND ${months}
    GROUP BY cohort_month, cohort_group, k ORDER BY cohort_month, cohort_group, k`;
}
