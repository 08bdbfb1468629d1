import { type Sql, sql } from '../../store/index.ts';
import type { CohortSplit } from './cohort-options.ts';

/**
 * Each customer's cohort: `customer_id, cohort_month, cohort_group`, from the CTE `firsts` (one row
 * per customer: their first sale's `order_id`, `channel` and `cohort_month`). The category is the
 * one of the first order's largest line (ties: the alphabetically first category).
 *
 * @example
 * sql`WITH firsts AS (…), members AS (${cohortMembersSql('channel')}) SELECT …`
 */
export function cohortMembersSql(by: CohortSplit): Sql {
  switch (by) {
    case 'month':
      return sql`SELECT customer_id, cohort_month, CAST(NULL AS VARCHAR) AS cohort_group FROM firsts`;
    case 'channel':
      return sql`SELECT customer_id, cohort_month, coalesce(channel, 'Unknown') AS cohort_group FROM firsts`;
    case 'category':
      return sql`SELECT f.customer_id, f.cohort_month, coalesce(c.category, 'Uncategorised') AS cohort_group
        FROM firsts f LEFT JOIN (
          SELECT l.order_id, coalesce(p.category, 'Uncategorised') AS category
          FROM order_lines l JOIN firsts USING (order_id) LEFT JOIN products p USING (product_id)
          QUALIFY row_number() OVER (PARTITION BY l.order_id ORDER BY l.amount DESC, p.category NULLS LAST) = 1
        ) c USING (order_id)`;
    default: {
      const exhaustive: never = by;
      throw new Error(`unknown cohort split ${String(exhaustive)}`);
    }
  }
}
