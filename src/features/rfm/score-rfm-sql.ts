import { type Sql, sql } from '../../store/index.ts';
import { rfmGridCells } from './rfm-groups.ts';
import type { RfmOptions, RfmScoring } from './rfm-options.ts';

/**
 * One dimension's score. By rank: p = (rank − 1)/(n − 1) with SQL RANK() (ties share a rank),
 * score = min(5, 1 + floor(5p)), in integer arithmetic so no rounding can move a boundary.
 */
function scoreSql(metric: Sql, scoring: RfmScoring, higherIsBetter: boolean): Sql {
  if (scoring.kind === 'cuts') {
    const [a, b, c, d] = scoring.cuts;
    return higherIsBetter
      ? sql`1 + (${metric} >= ${a})::INT + (${metric} >= ${b})::INT + (${metric} >= ${c})::INT + (${metric} >= ${d})::INT`
      : sql`5 - (${metric} > ${a})::INT - (${metric} > ${b})::INT - (${metric} > ${c})::INT - (${metric} > ${d})::INT`;
  }
  const order = higherIsBetter ? sql`${metric} ASC` : sql`${metric} DESC`;
  return sql`least(5, 1 + (5 * (rank() OVER (ORDER BY ${order}) - 1)) // greatest(count(*) OVER () - 1, 1))`;
}

/** Scores every customer with at least one order and names their group from the R × F grid. */
export function scoreRfmSql(options: RfmOptions): Sql {
  const cells = rfmGridCells();
  const grid = sql.join(cells.map((c) => sql`(${c.r}, ${c.f}, ${c.group})`));
  return sql`SELECT s.customer_id, s.as_of, s.r, s.f, s.m, g.rfm_group FROM (
      SELECT customer_id, as_of,
        CAST(${scoreSql(sql`recency_days`, options.r, false)} AS INTEGER) AS r,
        CAST(${scoreSql(sql`number_of_orders`, options.f, true)} AS INTEGER) AS f,
        CAST(${scoreSql(sql`amount_spent`, options.m, true)} AS INTEGER) AS m
      FROM customer_features WHERE number_of_orders >= 1) s
    JOIN (VALUES ${grid}) g(r, f, rfm_group) ON g.r = s.r AND g.f = s.f`;
}
