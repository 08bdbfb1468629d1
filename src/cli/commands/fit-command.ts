import type { Command } from 'commander';
import { z } from 'zod';
import { PatronError } from '../../errors/index.ts';
import {
  type FitReport,
  fitSpendFile,
  fitSummaryFile,
  fitTransactionsFile,
} from '../../predictions/index.ts';
import { DayFlag } from '../day-flag.ts';
import { reportError } from '../fail.ts';
import { parseFlags } from '../parse-flags.ts';

const BtydFlags = z.object({
  summary: z.string().optional(),
  transactions: z.string().optional(),
  customer: z.string().optional(),
  date: z.string().optional(),
  calibrationEnd: DayFlag.optional(),
  unit: z.enum(['week', 'day']).default('week'),
  model: z.enum(['bgnbd', 'mbgnbd', 'pnbd', 'auto']).default('bgnbd'),
  json: z.boolean().optional(),
});
type BtydFlags = z.infer<typeof BtydFlags>;

/** `patron fit btyd …` and `patron fit spend …`: fit BTYD models to files, outside any store. */
export function registerFit(program: Command): void {
  const fit = program
    .command('fit')
    .description('fit buy-till-you-die models to a summary or transaction file');
  fit
    .command('btyd')
    .description('BG/NBD, MBG/NBD or Pareto/NBD from a summary (frequency, recency, T) or a transaction log')
    .option('--summary <file>', 'CSV with columns frequency, recency and T in one time unit')
    .option('--transactions <file>', 'one row per purchase (CSV or space-aligned text)')
    .option('--customer <column>', 'customer column of the transaction file (name, or #N by position)')
    .option('--date <column>', 'date column of the transaction file (YYYY-MM-DD or yyyymmdd)')
    .option('--calibration-end <date>', 'last day of the calibration period; later purchases are the holdout')
    .option('--unit <unit>', 'time unit for a transaction file: week or day', 'week')
    .option('--model <model>', 'bgnbd, mbgnbd, pnbd or auto (fit all, pick one and say why)', 'bgnbd')
    .option('--json', 'print one JSON object')
    .action(async (raw: Record<string, unknown>) => {
      try {
        const flags = parseFlags(BtydFlags, raw);
        const report = await fitBtyd(flags);
        printReport(report, Boolean(flags.json));
      } catch (error) {
        reportError(error, Boolean(raw.json));
      }
    });
  fit
    .command('spend')
    .description('Gamma-Gamma spend model from a summary with columns frequency and monetary_value')
    .requiredOption('--summary <file>', 'CSV with columns frequency and monetary_value')
    .option('--json', 'print one JSON object')
    .action((flags: { summary: string; json?: boolean }) => {
      try {
        printReport(fitSpendFile(flags.summary), Boolean(flags.json));
      } catch (error) {
        reportError(error, Boolean(flags.json));
      }
    });
}

function fitBtyd(flags: BtydFlags): Promise<FitReport> | FitReport {
  if (flags.summary && !flags.transactions) return fitSummaryFile(flags.summary, flags.model);
  if (flags.transactions && !flags.summary) {
    if (!flags.customer || !flags.date)
      throw new PatronError('missing_flag', 'A transaction file needs --customer COLUMN and --date COLUMN.');
    return fitTransactionsFile(flags.transactions, {
      customer: flags.customer,
      date: flags.date,
      unit: flags.unit,
      model: flags.model,
      ...(flags.calibrationEnd ? { calibrationEnd: flags.calibrationEnd } : {}),
    });
  }
  throw new PatronError('missing_flag', 'Give exactly one of --summary FILE or --transactions FILE.');
}

function printReport(report: FitReport, json: boolean): void {
  if (json) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  console.log(
    `${report.model}: ${report.customers.toLocaleString('en-GB')} customers, log-likelihood ${report.log_likelihood.toFixed(4)}, BIC ${report.bic.toFixed(1)}${report.converged ? '' : ' (did not converge)'}`,
  );
  for (const [name, value] of Object.entries(report.params)) {
    const se = report.standard_errors[name];
    const interval = report.intervals[name];
    console.log(
      `  ${name.padEnd(6)} ${value.toFixed(6).padStart(12)}  se ${se == null ? 'n/a' : se.toFixed(6)}  95 % ${interval ? `${interval[0].toFixed(4)} – ${interval[1].toFixed(4)}` : 'not identified'}`,
    );
  }
  if (report.reason) console.log(`\nChosen: ${report.reason}`);
  if (report.holdout) {
    const h = report.holdout;
    console.log(
      `\nHoldout ${h.calibration_end} → ${h.holdout_end}: predicted ${h.expected_total.toFixed(1)} repeat purchases, actual ${h.actual_total}; per-customer MAE ${h.mae.toFixed(3)}, correlation ${h.correlation?.toFixed(3) ?? 'n/a'}`,
    );
  }
  if (report.skipped_rows) console.log(`(${report.skipped_rows} rows without repeat purchases skipped)`);
}
