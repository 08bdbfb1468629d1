import { type Store, sql } from '../../store/index.ts';
import { RFM_GROUPS } from './rfm-groups.ts';

export interface RfmSummary {
  as_of: string | null;
  customers_scored: number;
  groups: Record<string, number>;
  scores: { R: Record<string, number>; F: Record<string, number>; M: Record<string, number> };
  /** The range of the metric behind each score: recency in days, frequency in orders, monetary in money. */
  cut_points: {
    R: Record<string, [number, number]>;
    F: Record<string, [number, number]>;
    M: Record<string, [number, number]>;
  };
  descriptions: Record<string, { description: string; action: string }>;
}

/** Group counts, score distributions and the metric range of each score, for the CLI and API. */
export async function rfmSummary(store: Store): Promise<RfmSummary> {
  const rows = await store.all<{ dim: string; score: number; n: bigint; lo: number; hi: number }>(sql`
    SELECT 'R' AS dim, r.r AS score, count(*) AS n, min(f.recency_days) AS lo, max(f.recency_days) AS hi FROM customer_rfm r JOIN customer_features f USING (customer_id) GROUP BY 1, 2
    UNION ALL SELECT 'F', r.f, count(*), min(f.number_of_orders), max(f.number_of_orders) FROM customer_rfm r JOIN customer_features f USING (customer_id) GROUP BY 1, 2
    UNION ALL SELECT 'M', r.m, count(*), min(f.amount_spent), max(f.amount_spent) FROM customer_rfm r JOIN customer_features f USING (customer_id) GROUP BY 1, 2
    ORDER BY 1, 2`);
  const groups = await store.all<{ rfm_group: string; n: bigint }>(
    sql`SELECT rfm_group, count(*) AS n FROM customer_rfm GROUP BY 1`,
  );
  const asOf = await store.one<{ d: string | null }>(
    sql`SELECT strftime(max(as_of), '%Y-%m-%d') AS d FROM customer_rfm`,
  );
  const summary: RfmSummary = {
    as_of: asOf?.d ?? null,
    customers_scored: groups.reduce((a, g) => a + Number(g.n), 0),
    groups: Object.fromEntries(RFM_GROUPS.map((g) => [g.name, 0])),
    scores: { R: {}, F: {}, M: {} },
    cut_points: { R: {}, F: {}, M: {} },
    descriptions: Object.fromEntries(
      RFM_GROUPS.map((g) => [g.name, { description: g.description, action: g.action }]),
    ),
  };
  for (const g of groups) summary.groups[g.rfm_group] = Number(g.n);
  for (const r of rows) {
    const dim = r.dim as 'R' | 'F' | 'M';
    summary.scores[dim][String(r.score)] = Number(r.n);
    const round = (v: number) => Math.round(v * 100) / 100;
    summary.cut_points[dim][String(r.score)] = [round(Number(r.lo)), round(Number(r.hi))];
  }
  return summary;
}
