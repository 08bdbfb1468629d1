import { type Store, sql } from '../../store/index.ts';
import { type ParetoPoint, paretoCurve } from './pareto-curve.ts';
import { revenueShareCurve } from './revenue-share-curve.ts';

/** How much of net revenue comes from the best customers. Shares are 0–1; null when revenue is not positive. */
export interface RevenueConcentration {
  as_of: string | null;
  customers: number;
  net_revenue: number;
  top_1_percent_share: number | null;
  top_10_percent_share: number | null;
  top_20_percent_share: number | null;
  pareto: ParetoPoint[];
}

/**
 * The share of net revenue from the top 1 %, 10 % and 20 % of customers, and the Pareto curve,
 * over customers with at least one sale before the features' as_of (guest orders have no
 * customer and are left out). Reads `customer_features`, so run it after `refreshFeatures`.
 *
 * @example
 * const c = await revenueConcentration(store); // c.top_20_percent_share: 0.58 …
 */
export async function revenueConcentration(store: Store): Promise<RevenueConcentration> {
  const rows = await store.all<{ amount_spent: number; as_of: string }>(sql`
    SELECT amount_spent, strftime(as_of, '%Y-%m-%d') AS as_of FROM customer_features
    WHERE number_of_orders >= 1 ORDER BY amount_spent DESC`);
  const amounts = rows.map((r) => r.amount_spent);
  const curve = revenueShareCurve(amounts);
  const share = (top: number): number | null => (curve === null ? null : Math.round(curve(top) * 1e6) / 1e6);
  return {
    as_of: rows[0]?.as_of ?? null,
    customers: amounts.length,
    net_revenue: Math.round(amounts.reduce((a, b) => a + b, 0) * 1e4) / 1e4,
    top_1_percent_share: share(0.01),
    top_10_percent_share: share(0.1),
    top_20_percent_share: share(0.2),
    pareto: paretoCurve(amounts),
  };
}
