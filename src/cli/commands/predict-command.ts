import type { Command } from 'commander';
import { z } from 'zod';
import { type PredictionRunResult, predictCustomers } from '../../predictions/index.ts';
import { refreshSegments } from '../../segments/index.ts';
import { DayFlag } from '../day-flag.ts';
import { reportError } from '../fail.ts';
import { openCliStore } from '../open-cli-store.ts';
import { parseFlags } from '../parse-flags.ts';

const Flags = z.object({
  horizon: z
    .string()
    .regex(/^\d+d$/, 'write the horizon in days, e.g. 365d')
    .transform((v) => Number(v.slice(0, -1)))
    .refine((v) => v >= 1 && v <= 3650, 'the horizon must be 1 to 3650 days'),
  asOf: DayFlag.optional(),
  json: z.boolean().optional(),
});

/** `patron predict [--horizon 365d] [--as-of DATE] [--json]`: refit, store and summarise the predictions. */
export function registerPredict(program: Command): void {
  program
    .command('predict')
    .description(
      'predict CLV, churn, orders and next-order dates per customer (BTYD models, validated on your history)',
    )
    .option('--horizon <days>', 'prediction horizon, e.g. 365d', '365d')
    .option('--as-of <date>', 'analysis date YYYY-MM-DD (default: the day after the last order)')
    .option('--json', 'print one JSON object')
    .action(async (raw: Record<string, unknown>) => {
      try {
        const flags = parseFlags(Flags, raw);
        const store = await openCliStore(program.opts().db);
        try {
          const run = await predictCustomers(store, {
            horizonDays: flags.horizon,
            ...(flags.asOf ? { asOf: flags.asOf } : {}),
          });
          // Segments read the predictions: keep them in step.
          await refreshSegments(store);
          if (flags.json) console.log(JSON.stringify(run, null, 2));
          else printRun(run);
          if (run.status === 'refused') process.exitCode = 1;
        } finally {
          store.close();
        }
      } catch (error) {
        reportError(error, Boolean(raw.json));
      }
    });
}

function printRun(run: PredictionRunResult): void {
  const r = run.report;
  if (r.status === 'refused') {
    console.log(`No predictions [${r.code}]: ${r.reason}`);
    return;
  }
  const money = (v: number) => v.toLocaleString('en-GB', { maximumFractionDigits: 0 });
  console.log(`Predictions as of ${r.as_of} for the next ${r.horizon_days} days (run ${run.run_id})`);
  console.log(`Model: ${r.model_name}. ${r.choice_reason}`);
  for (const [name, value] of Object.entries(r.params)) {
    const i = r.intervals[name];
    console.log(
      `  ${name.padEnd(6)} ${value.toPrecision(4).padStart(10)}  95 % ${i ? `${i[0].toPrecision(3)} – ${i[1].toPrecision(3)}` : 'not identified'}`,
    );
  }
  console.log(
    `Spend: ${r.spend.model === 'gamma_gamma' ? `Gamma-Gamma p ${r.spend.params.p?.toPrecision(3)}, q ${r.spend.params.q?.toPrecision(3)}, v ${r.spend.params.v?.toPrecision(3)}` : r.spend.reason}`,
  );
  console.log(
    `\n${r.customers.toLocaleString('en-GB')} customers: ${money(r.totals.predicted_orders)} orders and ${money(r.totals.predicted_clv)} in revenue expected; on average ${(100 * r.totals.mean_p_alive).toFixed(0)} % still active.`,
  );
  const v = r.validation;
  if (v.status === 'ok')
    console.log(
      `Trust grade ${v.grade} (held out ${v.calibration_end} → ${v.holdout_end}): ${v.grade_reason}`,
    );
  else console.log(`Not validated: ${v.reason}`);
  if (r.uncertain.length > 0) console.log(`\nUncertain:\n${r.uncertain.map((u) => `  - ${u}`).join('\n')}`);
  console.log(
    '\nchurn_probability = 1 − P(alive). Use in segments, e.g. patron segments create lost --rule "churn_probability > 0.7"',
  );
}
