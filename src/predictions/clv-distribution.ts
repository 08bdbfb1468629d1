import { type Store, sql } from '../store/index.ts';

export interface ClvDistribution {
  run_id: string | null;
  customers: number;
  total_predicted_clv: number;
  /** Quantiles of predicted CLV: p10, p25, p50, p75, p90, p99. */
  quantiles: Record<string, number>;
  /** Histogram of predicted CLV over equal-width bins (the top 1 % folded into the last bin). */
  bins: { from: number; to: number; customers: number }[];
  /** Customers by churn probability band. */
  churn_bands: { band: string; customers: number }[];
}

/**
 * Predicted CLV distribution and churn bands of the stored predictions, for the dashboard.
 *
 * @example
 * const d = await clvDistribution(store); // d.bins → bar chart
 */
export async function clvDistribution(store: Store, binCount = 20): Promise<ClvDistribution> {
  const summary = await store.one<Record<string, number | string | null>>(
    sql`SELECT any_value(run_id) AS run_id, count(*) AS customers, coalesce(sum(predicted_clv), 0) AS total,
      quantile_cont(predicted_clv, 0.1) AS p10, quantile_cont(predicted_clv, 0.25) AS p25,
      quantile_cont(predicted_clv, 0.5) AS p50, quantile_cont(predicted_clv, 0.75) AS p75,
      quantile_cont(predicted_clv, 0.9) AS p90, quantile_cont(predicted_clv, 0.99) AS p99
    FROM customer_predictions`,
  );
  const customers = Number(summary?.customers ?? 0);
  const top = Number(summary?.p99 ?? 0);
  const width = top > 0 ? top / binCount : 1;
  const bins = await store.all<{ bin: number; customers: number }>(
    sql`SELECT CAST(least(floor(predicted_clv / ${width}), ${binCount - 1}) AS INTEGER) AS bin, CAST(count(*) AS INTEGER) AS customers
      FROM customer_predictions GROUP BY 1 ORDER BY 1`,
  );
  const bands = await store.all<{ band: string; customers: number; lowest: number }>(
    sql`SELECT CASE WHEN churn_probability < 0.3 THEN 'low (< 0.3)' WHEN churn_probability < 0.7 THEN 'medium (0.3–0.7)'
      ELSE 'high (≥ 0.7)' END AS band, CAST(count(*) AS INTEGER) AS customers, min(churn_probability) AS lowest
      FROM customer_predictions GROUP BY 1 ORDER BY lowest`,
  );
  const counts = new Map(bins.map((b) => [b.bin, b.customers]));
  return {
    run_id: (summary?.run_id as string | null) ?? null,
    customers,
    total_predicted_clv: Number(summary?.total ?? 0),
    quantiles: Object.fromEntries(
      ['p10', 'p25', 'p50', 'p75', 'p90', 'p99'].map((q) => [q, Number(summary?.[q] ?? 0)]),
    ),
    bins: customers
      ? Array.from({ length: binCount }, (_, i) => ({
          from: i * width,
          to: (i + 1) * width,
          customers: counts.get(i) ?? 0,
        }))
      : [],
    churn_bands: bands.map(({ band, customers }) => ({ band, customers })),
  };
}
