import { describeLifecycleRules, loadShopSettings, shopSecondOrderGapSql } from '../../features/index.ts';
import { type Store, sql } from '../../store/index.ts';

export interface LifecycleReportData {
  as_of: string | null;
  stages: { stage: string; label: string; customers: number; rule: string }[];
  usual_gap: string;
  order: string;
}

// The funnel as a shop owner reads it: from newest to gone.
const FUNNEL = ['new', 'active', 'reactivated', 'at_risk', 'lapsed', 'lost'];

/** Customers per lifecycle stage in funnel order, with each stage's rule in plain words. */
export async function lifecycleReport(store: Store): Promise<LifecycleReportData> {
  const settings = (await loadShopSettings(store)).lifecycle;
  const counts = await store.all<{ stage: string; n: bigint }>(
    sql`SELECT stage, count(*) AS n FROM customer_lifecycle GROUP BY 1`,
  );
  const asOf = await store.one<{ d: string | null }>(
    sql`SELECT strftime(max(as_of), '%Y-%m-%d') AS d FROM customer_lifecycle`,
  );
  const gap = await store.one<{ gap_days: number | null }>(
    shopSecondOrderGapSql(settings.secondOrderGapPercentile),
  );
  const rules = describeLifecycleRules(settings, gap?.gap_days ?? null);
  const byStage = new Map(counts.map((c) => [c.stage, Number(c.n)]));
  const ruleOf = new Map(rules.stages.map((s) => [s.stage as string, s]));
  return {
    as_of: asOf?.d ?? null,
    stages: FUNNEL.map((stage) => ({
      stage,
      label: ruleOf.get(stage)?.label ?? stage,
      customers: byStage.get(stage) ?? 0,
      rule: ruleOf.get(stage)?.rule ?? '',
    })),
    usual_gap: rules.usual_gap,
    order: rules.order,
  };
}
