import { type Sql, sql } from '../store/index.ts';
import { type TimeUnit, UNIT_DAYS } from './time-unit.ts';

export interface SummaryWindow {
  /** Last day of the calibration period (inclusive), YYYY-MM-DD. */
  periodEnd: string;
  /** Last day of the holdout (inclusive); purchase days in (periodEnd, holdoutEnd] are counted. */
  holdoutEnd?: string;
  unit: TimeUnit;
}

/**
 * Per-customer BTYD summaries from a relation `(customer_key, day DATE, amount DOUBLE)`: purchases on
 * the same day are merged first (as in CDNOW's summaries), then frequency x = purchase days − 1,
 * recency tx = first to last day, T = first day to the period end, in the chosen unit; monetary is
 * the mean of the repeat purchase days' amounts (the Gamma-Gamma input), and holdout the purchase
 * days after the period end. Customers whose first purchase is after the period end are left out.
 */
export function customerSummariesSql(source: Sql, window: SummaryWindow): Sql {
  const end = sql`CAST(${window.periodEnd} AS DATE)`;
  const holdoutEnd = window.holdoutEnd ? sql`CAST(${window.holdoutEnd} AS DATE)` : end;
  const unit = UNIT_DAYS[window.unit];
  return sql`WITH days AS (
      SELECT customer_key, day, sum(amount) AS amount FROM (${source}) src
      WHERE day <= ${holdoutEnd} GROUP BY customer_key, day
    ), calibration AS (
      SELECT customer_key, count(*) - 1 AS x,
        date_diff('day', min(day), max(day)) / ${unit}::DOUBLE AS tx,
        date_diff('day', min(day), ${end}) / ${unit}::DOUBLE AS t,
        (sum(amount) - arg_min(amount, day)) / nullif(count(*) - 1, 0) AS monetary,
        sum(amount) AS total_amount,
        strftime(min(day), '%Y-%m-%d') AS first_day,
        strftime(max(day), '%Y-%m-%d') AS last_day
      FROM days WHERE day <= ${end} GROUP BY customer_key
    ), holdout AS (
      SELECT customer_key, count(*) AS holdout FROM days WHERE day > ${end} GROUP BY customer_key
    )
    SELECT c.*, coalesce(h.holdout, 0) AS holdout
    FROM calibration c LEFT JOIN holdout h USING (customer_key)
    ORDER BY c.customer_key`;
}
