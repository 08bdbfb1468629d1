import { revenueConcentration, type ValueTier } from '../../features/index.ts';
import { type Store, sql } from '../../store/index.ts';

export interface ValueTiersReportData {
  as_of: string | null;
  tiers: {
    tier: ValueTier;
    customers: number;
    revenue: number;
    revenue_share: number | null;
    min_amount_spent: number | null;
    max_amount_spent: number | null;
  }[];
  concentration: {
    customers: number;
    net_revenue: number;
    top_1_percent_share: number | null;
    top_10_percent_share: number | null;
    top_20_percent_share: number | null;
    curve: { customer_share: number; revenue_share: number }[];
  };
}

const TIERS: ValueTier[] = ['high', 'medium', 'low'];
const round2 = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v) * 100) / 100);

/** Customers and revenue per value tier, and the revenue concentration (Pareto) curve. */
export async function valueTiersReport(store: Store): Promise<ValueTiersReportData> {
  const rows = await store.all<Record<string, unknown>>(sql`
    SELECT t.tier, count(*) AS n, sum(f.amount_spent) AS revenue, min(f.amount_spent) AS lo, max(f.amount_spent) AS hi,
      sum(f.amount_spent) / nullif(sum(sum(f.amount_spent)) OVER (), 0) AS share
    FROM customer_value_tiers t JOIN customer_features f USING (customer_id) GROUP BY t.tier`);
  const c = await revenueConcentration(store);
  const byTier = new Map(rows.map((r) => [String(r.tier), r]));
  return {
    as_of: c.as_of,
    tiers: TIERS.map((tier) => {
      const r = byTier.get(tier);
      return {
        tier,
        customers: Number(r?.n ?? 0),
        revenue: round2(r?.revenue) ?? 0,
        revenue_share:
          r?.share === null || r?.share === undefined ? null : Math.round(Number(r.share) * 1e4) / 1e4,
        min_amount_spent: round2(r?.lo),
        max_amount_spent: round2(r?.hi),
      };
    }),
    concentration: {
      customers: c.customers,
      net_revenue: Math.round(c.net_revenue * 100) / 100,
      top_1_percent_share: c.top_1_percent_share,
      top_10_percent_share: c.top_10_percent_share,
      top_20_percent_share: c.top_20_percent_share,
      curve: c.pareto,
    },
  };
}
