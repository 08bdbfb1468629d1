import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { trainTable } from '../../predictions/propensity/index.ts';
import { reportError } from '../fail.ts';
import { parseFlags } from '../parse-flags.ts';
import { toCsv } from '../to-csv.ts';

const TrainFlags = z.object({
  table: z.string().min(1),
  target: z.string().min(1),
  id: z.string().min(1),
  model: z.enum(['logreg', 'gbdt', 'auto']),
  cv: z.coerce.number().int().min(2).max(20),
  seed: z.coerce.number().int(),
  includeProtected: z.string().optional(),
  classWeight: z.enum(['balanced', 'none']),
  time: z.string().min(1).optional(),
  targetRecall: z.coerce.number().gt(0).lte(1).optional(),
  out: z.string().optional(),
  json: z.boolean().optional(),
});

/**
 * `patron train --table FILE --target COLUMN --id COLUMN [--model logreg|gbdt|auto] [--cv 5] [--seed S]
 * [--time COLUMN] [--class-weight balanced|none] [--target-recall R] [--include-protected a,b] [--out FILE] [--json]`.
 */
export function registerTrain(program: Command): void {
  program
    .command('train')
    .description('train and cross-validate a classifier (churn, propensity, …) on a customer table (CSV)')
    .requiredOption('--table <file>', 'CSV with one row per customer and a header row')
    .requiredOption('--target <column>', 'the outcome column: 1/0 or yes/no')
    .requiredOption('--id <column>', 'the customer id column (not used as an input)')
    .option('--model <kind>', 'logreg, gbdt, or auto (the better cross-validated AUC)', 'auto')
    .option('--cv <folds>', 'cross-validation folds', '5')
    .option('--seed <s>', 'random seed (same seed, same result)', '1')
    .option(
      '--time <column>',
      'time-aware folds: train on earlier rows (by this date or number), test on later',
    )
    .option('--class-weight <kind>', 'balanced (weigh both classes equally) or none', 'none')
    .option(
      '--target-recall <r>',
      'choose the threshold that reaches this recall (0–1) instead of the best F1',
    )
    .option(
      '--include-protected <columns>',
      'comma-separated protected columns to use on purpose (e.g. age_band)',
    )
    .option('--out <file>', 'write each row’s score and top 3 reasons to this CSV')
    .option('--json', 'print one JSON object')
    .action(async (raw: Record<string, unknown>) => {
      const json = Boolean(raw.json);
      try {
        const flags = parseFlags(TrainFlags, raw);
        const { report, scored } = await trainTable({
          file: flags.table,
          target: flags.target,
          id: flags.id,
          model: flags.model,
          folds: flags.cv,
          seed: flags.seed,
          classWeight: flags.classWeight,
          scoreRows: Boolean(flags.out),
          ...(flags.time ? { time: flags.time } : {}),
          ...(flags.targetRecall === undefined ? {} : { targetRecall: flags.targetRecall }),
          includeProtected: (flags.includeProtected ?? '')
            .split(',')
            .map((c) => c.trim())
            .filter(Boolean),
        });
        if (flags.out) {
          const rows = scored.map((s) => ({
            [flags.id]: s.id,
            score: s.score.toFixed(6),
            reason_1: s.reasons[0] ?? '',
            reason_2: s.reasons[1] ?? '',
            reason_3: s.reasons[2] ?? '',
          }));
          writeFileSync(flags.out, toCsv(rows));
        }
        if (json) return console.log(JSON.stringify(report, null, 2));
        const pct = (v: number) => `${(100 * v).toFixed(1)} %`;
        console.log(
          `${report.file}: ${report.rows} rows, ${report.positives} with ${report.target} = 1 (${pct(report.positive_rate)})`,
        );
        console.log(`model      ${report.model} — ${report.model_choice.reason}`);
        console.log(`inputs     ${report.inputs.join(', ')}`);
        if (report.protected_excluded.length)
          console.log(
            `left out   ${report.protected_excluded.map((p) => `${p.column} (${p.attribute})`).join(', ')} — protected; --include-protected to use`,
          );
        if (report.protected_included.length)
          console.log(
            `protected  used on purpose: ${report.protected_included.map((p) => p.column).join(', ')}`,
          );
        for (const i of report.ignored) console.log(`ignored    ${i.column}: ${i.reason}`);
        console.log(
          `AUC        ${report.auc_mean.toFixed(3)} ± ${report.auc_sd.toFixed(3)} over ${report.auc_folds.length} ${report.fold_kind === 'time' ? 'time-ordered ' : ''}folds (${report.auc_folds.map((a) => a.toFixed(3)).join(', ')})`,
        );
        console.log(`PR-AUC     ${report.pr_auc.toFixed(3)}   Brier ${report.brier.toFixed(4)}`);
        console.log(
          `calibration ${report.calibration.method}: ECE ${report.calibration.ece.toFixed(3)} (uncalibrated ${report.calibration.ece_uncalibrated.toFixed(3)})`,
        );
        const t = report.threshold;
        console.log(
          `threshold  ${t.threshold.toFixed(3)} (${t.rule}): precision ${pct(t.precision)}, recall ${pct(t.recall)}, flags ${pct(t.flagged_share)}`,
        );
        console.log('\ndecile  customers  positives    rate   lift  gain');
        for (const r of report.lift)
          console.log(
            `${String(r.decile).padStart(6)} ${String(r.customers).padStart(10)} ${String(r.positives).padStart(10)} ${pct(r.rate).padStart(7)} ${r.lift.toFixed(2).padStart(6)} ${pct(r.cumulative_gain).padStart(7)}`,
          );
        console.log('\ntop features (mean |contribution|, log-odds)');
        for (const f of report.top_features.slice(0, 10))
          console.log(`  ${f.feature.padEnd(28)} ${f.importance.toFixed(3)}  ${f.direction ?? ''}`);
        if (flags.out) console.log(`\nscores and reasons written to ${flags.out}`);
      } catch (error) {
        reportError(error, json);
      }
    });
}
