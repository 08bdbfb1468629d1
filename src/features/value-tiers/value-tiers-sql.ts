import { type Sql, sql } from '../../store/index.ts';
import type { ValueTierSettings } from './value-tier-settings.ts';

const PARTS_PER_MILLION = 1_000_000;

/**
 * Each customer with at least one sale, with their tier by net amount spent (historical CLV).
 * The tier follows the share of customers who spent strictly more: under `highShare` is high,
 * under `highShare + mediumShare` medium, else low. Customers tied at a boundary share a rank,
 * so all of them get the higher tier. Shares are compared in whole parts per million so no
 * rounding can move a boundary, and amounts are rounded to the store's 4 decimals so equal
 * spend is an exact tie.
 *
 * @example
 * await store.run(sql`INSERT INTO customer_value_tiers ${valueTiersSql({ highShare: 0.2, mediumShare: 0.3 })}`);
 */
export function valueTiersSql(settings: ValueTierSettings): Sql {
  const high = Math.round(settings.highShare * PARTS_PER_MILLION);
  const highOrMedium = Math.round((settings.highShare + settings.mediumShare) * PARTS_PER_MILLION);
  const ahead = sql`${PARTS_PER_MILLION} * (rank() OVER (ORDER BY round(amount_spent, 4) DESC) - 1)`;
  return sql`SELECT customer_id, as_of,
      CASE WHEN ${ahead} < ${high} * count(*) OVER () THEN 'high'
        WHEN ${ahead} < ${highOrMedium} * count(*) OVER () THEN 'medium'
        ELSE 'low' END AS tier
    FROM customer_features WHERE number_of_orders >= 1`;
}
