import { revenueShareCurve } from './revenue-share-curve.ts';

/** One point of the Pareto curve: the top `customer_share` of customers brought `revenue_share` of net revenue. */
export interface ParetoPoint {
  customer_share: number;
  revenue_share: number;
}

/** Shares are rounded to 6 decimals: plenty for a chart or a percentage, and clean in JSON. */
function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/**
 * Cumulative revenue share against customer share, customers ranked by net spend, highest first.
 * With up to 100 customers every customer is a point; with more, the curve is sampled at every
 * whole percent (101 points). Empty when there are no customers or net revenue is not positive.
 *
 * @example
 * paretoCurve([50, 30, 10, 5, 5]).map((p) => p.revenue_share) // => [0, 0.5, 0.8, 0.9, 0.95, 1]
 */
export function paretoCurve(amountsHighestFirst: readonly number[]): ParetoPoint[] {
  const curve = revenueShareCurve(amountsHighestFirst);
  if (curve === null) return [];
  const steps = Math.min(amountsHighestFirst.length, 100);
  return Array.from({ length: steps + 1 }, (_, i) => ({
    customer_share: round6(i / steps),
    revenue_share: round6(curve(i / steps)),
  }));
}
