import type { Command } from 'commander';
import {
  cohortReport,
  DEFAULT_LIFECYCLE_SETTINGS,
  describeLifecycleRules,
  revenueConcentration,
} from '../../features/index.ts';
import { type Store, sql } from '../../store/index.ts';
import { reportError } from '../fail.ts';
import { openCliStore } from '../open-cli-store.ts';

/** Opens the store, runs one read-only report, prints JSON or the text the report renders. */
function report(
  program: Command,
  run: (store: Store, flags: Record<string, string | boolean>) => Promise<{ json: unknown; text: string }>,
) {
  return async (flags: Record<string, string | boolean>) => {
    try {
      const store = await openCliStore(program.opts().db);
      const out = await run(store, flags);
      store.close();
      console.log(flags.json ? JSON.stringify(out.json, null, 2) : out.text);
    } catch (error) {
      reportError(error, Boolean(flags.json));
    }
  };
}

/** `patron lifecycle`, `patron tiers`, `patron cohorts`: reports over the current features. */
export function registerAnalysis(program: Command): void {
  program
    .command('lifecycle')
    .description(
      'lifecycle stages (new, active, at risk, lapsed, lost, reactivated) and the rules behind them',
    )
    .option('--json')
    .action(
      report(program, async (store) => {
        const stages = await store.all<{ stage: string; n: bigint }>(
          sql`SELECT stage, count(*) AS n FROM customer_lifecycle GROUP BY 1 ORDER BY 2 DESC`,
        );
        const rules = describeLifecycleRules(DEFAULT_LIFECYCLE_SETTINGS);
        const counts = Object.fromEntries(stages.map((s) => [s.stage, Number(s.n)]));
        const text = [
          ...stages.map((s) => `${s.stage.padEnd(12)} ${String(s.n).padStart(8)}`),
          '',
          ...rules.stages.map((r) => r.rule),
        ].join('\n');
        return { json: { stages: counts, rules }, text };
      }),
    );
  program
    .command('tiers')
    .description('value tiers by historical CLV and revenue concentration')
    .option('--json')
    .action(
      report(program, async (store) => {
        const tiers = await store.all<{
          tier: string;
          n: bigint;
          spent: number;
        }>(sql`SELECT t.tier, count(*) AS n, sum(f.amount_spent) AS spent
        FROM customer_value_tiers t JOIN customer_features f USING (customer_id) GROUP BY 1 ORDER BY 3 DESC`);
        const concentration = await revenueConcentration(store);
        const json = {
          tiers: tiers.map((t) => ({
            tier: t.tier,
            customers: Number(t.n),
            revenue: Math.round(t.spent * 100) / 100,
          })),
          concentration,
        };
        const text = tiers
          .map(
            (t) =>
              `${t.tier.padEnd(8)} ${String(t.n).padStart(8)} customers  ${Math.round(t.spent).toLocaleString('en-GB').padStart(12)} revenue`,
          )
          .join('\n');
        return {
          json,
          text: `${text}\n\n${JSON.stringify({ ...concentration, curve: undefined, pareto: undefined })}`,
        };
      }),
    );
  program
    .command('cohorts')
    .description(
      'acquisition-month cohorts: retention and revenue per customer by month since the first order',
    )
    .option('--by <month|category|channel>', 'split cohorts', 'month')
    .option('--months <n>', 'months after acquisition', '12')
    .option('--json')
    .action(
      report(program, async (store, flags) => {
        const r = await cohortReport(store, {
          by: String(flags.by) as 'month',
          months: Number(flags.months),
        });
        const pct = (v: number | null) => (v === null ? '   ·' : `${Math.round(v * 100)}`.padStart(4));
        const text = r.cohorts
          .map((c) => `${c.label.padEnd(24)} ${String(c.size).padStart(6)} ${c.retention.map(pct).join('')}`)
          .join('\n');
        return {
          json: r,
          text: `cohort (as of ${r.as_of})          size  retention % by month since the first order\n${text}`,
        };
      }),
    );
}
