import type { Command } from 'commander';
import { z } from 'zod';
import { type ValidationReport, validatePredictions } from '../../predictions/index.ts';
import { DayFlag } from '../day-flag.ts';
import { reportError } from '../fail.ts';
import { openCliStore } from '../open-cli-store.ts';
import { parseFlags } from '../parse-flags.ts';

const Flags = z.object({
  calibrationEnd: DayFlag.optional(),
  json: z.boolean().optional(),
});

/** `patron validate [--calibration-end DATE] [--json]`: check the predictions against the shop's own recent history. */
export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('fit on the earlier history, predict the held-out rest, and compare with what customers did')
    .option(
      '--calibration-end <date>',
      'last day of the calibration period (default: 75 % of the way through)',
    )
    .option('--json', 'print one JSON object')
    .action(async (raw: Record<string, unknown>) => {
      try {
        const flags = parseFlags(Flags, raw);
        const store = await openCliStore(program.opts().db);
        try {
          const report = await validatePredictions(
            store,
            flags.calibrationEnd ? { calibrationEnd: flags.calibrationEnd } : {},
          );
          if (flags.json) console.log(JSON.stringify(report, null, 2));
          else printValidation(report);
          if (report.status !== 'ok') process.exitCode = 1;
        } finally {
          store.close();
        }
      } catch (error) {
        reportError(error, Boolean(raw.json));
      }
    });
}

function printValidation(v: ValidationReport): void {
  if (v.status !== 'ok') {
    console.log(`Validation not possible [${v.code}]: ${v.reason}`);
    return;
  }
  console.log(
    `Fitted on ${v.calibration_start} → ${v.calibration_end}, predicted ${v.calibration_end} → ${v.holdout_end} (${v.holdout_length.toFixed(1)} ${v.unit}s), ${v.customers.toLocaleString('en-GB')} customers`,
  );
  console.log(`Model: ${v.model_name}. ${v.choice_reason}`);
  for (const row of v.comparison)
    console.log(
      `  ${row.model.padEnd(7)} LL ${row.log_likelihood.toFixed(2).padStart(12)}  BIC ${row.bic.toFixed(1).padStart(10)}  holdout MAE ${row.holdout_mae?.toFixed(3) ?? 'n/a'}  correlation ${row.holdout_correlation?.toFixed(3) ?? 'n/a'}`,
    );
  const a = v.aggregate;
  console.log(
    `\nRepeat purchases in the holdout: predicted ${a.expected_total.toFixed(1)}, actual ${a.actual_total}${a.aggregate_error === null ? '' : ` (${(100 * a.aggregate_error).toFixed(1)} %)`}`,
  );
  console.log(`Per customer: MAE ${v.mae.toFixed(3)}, correlation ${v.correlation?.toFixed(3) ?? 'n/a'}`);
  console.log('\nCalibration purchases   customers   actual (mean)   predicted (mean)');
  for (const row of v.calibration_table)
    console.log(
      `  ${row.purchases.padEnd(21)} ${String(row.customers).padStart(9)}   ${row.mean_actual.toFixed(3).padStart(13)}   ${row.mean_predicted.toFixed(3).padStart(16)}`,
    );
  console.log(`\nTrust grade ${v.grade}: ${v.grade_reason}`);
}
