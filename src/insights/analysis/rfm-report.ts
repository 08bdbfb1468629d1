import { RFM_GROUPS, rfmGroupOf, rfmSummary } from '../../features/index.ts';
import { type Store, sql } from '../../store/index.ts';

export interface RfmReportData {
  as_of: string | null;
  customers_scored: number;
  grid: { r: number; f: number; customers: number; group: string }[];
  groups: { name: string; customers: number; share: number; description: string; action: string }[];
  cut_points: {
    R: Record<string, [number, number]>;
    F: Record<string, [number, number]>;
    M: Record<string, [number, number]>;
  };
}

/** The R × F grid (25 cells with their group), every group with its count, meaning and suggested action. */
export async function rfmReport(store: Store): Promise<RfmReportData> {
  const summary = await rfmSummary(store);
  const cells = await store.all<{ r: number; f: number; n: bigint }>(
    sql`SELECT r, f, count(*) AS n FROM customer_rfm GROUP BY 1, 2`,
  );
  const count = new Map(cells.map((c) => [`${c.r}:${c.f}`, Number(c.n)]));
  const grid = [1, 2, 3, 4, 5].flatMap((r) =>
    [1, 2, 3, 4, 5].map((f) => ({ r, f, customers: count.get(`${r}:${f}`) ?? 0, group: rfmGroupOf(r, f) })),
  );
  const scored = summary.customers_scored;
  return {
    as_of: summary.as_of,
    customers_scored: scored,
    grid,
    groups: RFM_GROUPS.map((g) => {
      const customers = summary.groups[g.name] ?? 0;
      return {
        name: g.name,
        customers,
        share: scored === 0 ? 0 : Math.round((customers / scored) * 10000) / 10000,
        description: g.description,
        action: g.action,
      };
    }),
    cut_points: summary.cut_points,
  };
}
