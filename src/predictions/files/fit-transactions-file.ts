import { basename } from 'node:path';
import { PatronError } from '../../errors/index.ts';
import { type PurchaseModelId, predictPurchases, purchaseModelParams } from '../../models/btyd/index.ts';
import { openStore, sql } from '../../store/index.ts';
import { checkModelSupport } from '../check-model-support.ts';
import { comparePurchaseModels } from '../compare-purchase-models.ts';
import { readCustomerSummaries } from '../customer-summaries.ts';
import { type FitReport, toFitReport } from '../fit-report.ts';
import { holdoutMetrics } from '../holdout-metrics.ts';
import { type TimeUnit, UNIT_DAYS } from '../time-unit.ts';
import type { ModelChoice } from './fit-summary-file.ts';
import { parseDay } from './parse-day.ts';
import { readTableFile } from './read-table-file.ts';
import { tableColumn } from './table-column.ts';

export interface TransactionsFileOptions {
  customer: string;
  date: string;
  /** Purchases up to and including this day are the calibration period; the rest is holdout. */
  calibrationEnd?: string;
  unit: TimeUnit;
  model: ModelChoice;
}

/**
 * Summarises a transaction log (one row per purchase; same-day purchases merged) up to the
 * calibration end, fits the purchase model(s) and, when purchases follow the calibration end,
 * checks the predictions against them.
 *
 * @example
 * fitTransactionsFile('CDNOW_sample.txt', { customer: '#2', date: '#3', calibrationEnd: '1997-09-30', unit: 'week', model: 'bgnbd' });
 */
export async function fitTransactionsFile(
  path: string,
  options: TransactionsFileOptions,
): Promise<FitReport> {
  const table = readTableFile(path);
  const customer = tableColumn(table, options.customer);
  const date = tableColumn(table, options.date);
  const store = await openStore(':memory:');
  try {
    await store.run(sql`CREATE TABLE fit_transactions (customer_key VARCHAR, day DATE, amount DOUBLE)`);
    const appender = await store.appender('fit_transactions');
    let last = '';
    table.rows.forEach((row, i) => {
      const day = parseDay(row[date] ?? '');
      if (!day)
        throw new PatronError(
          'invalid_date',
          `${basename(path)} line ${table.lines[i]}, column ${table.header[date]}: "${row[date]}" is not a date (use YYYY-MM-DD or yyyymmdd).`,
          { file: path, row: table.lines[i] as number, column: table.header[date] as string },
        );
      if (day > last) last = day;
      appender.appendVarchar(row[customer] ?? '');
      appender.appendVarchar(day);
      appender.appendDouble(0);
      appender.endRow();
    });
    appender.closeSync();
    if (!last) throw new PatronError('empty_file', `${basename(path)} has no transactions.`, { file: path });
    const periodEnd = options.calibrationEnd ?? last;
    const summaries = await readCustomerSummaries(
      store,
      sql`SELECT customer_key, day, amount FROM fit_transactions`,
      { periodEnd, holdoutEnd: last, unit: options.unit },
    );
    const h = summaries.histories;
    checkModelSupport(h);
    const holdoutLength = (Date.parse(last) - Date.parse(periodEnd)) / 86_400_000 / UNIT_DAYS[options.unit];
    const holdout = holdoutLength > 0 ? { actual: summaries.holdout, length: holdoutLength } : undefined;
    const candidates: PurchaseModelId[] =
      options.model === 'auto' ? ['bgnbd', 'mbgnbd', 'pnbd'] : [options.model];
    const comparison = comparePurchaseModels(h, candidates, holdout);
    const fit = comparison.fits[comparison.chosen];
    if (!fit) throw new Error('the chosen model has no fit');
    const report: FitReport = { ...toFitReport(fit), unit: options.unit };
    if (options.model === 'auto')
      Object.assign(report, { comparison: comparison.rows, reason: comparison.reason });
    if (holdout) {
      const { expected } = predictPurchases(purchaseModelParams(fit), h, holdout.length);
      report.holdout = {
        length: holdout.length,
        calibration_end: periodEnd,
        holdout_end: last,
        ...holdoutMetrics(expected, holdout.actual, h.x),
      };
    }
    return report;
  } finally {
    store.close();
  }
}
