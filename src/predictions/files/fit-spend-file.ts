import { PatronError } from '../../errors/index.ts';
import { fitMaximumLikelihood, gammaGammaModel, prepareSpendHistories } from '../../models/btyd/index.ts';
import { type FitReport, toFitReport } from '../fit-report.ts';
import { withFile } from './fit-summary-file.ts';
import { readTableFile } from './read-table-file.ts';
import { numberColumn, tableColumn } from './table-column.ts';

/**
 * Fits Gamma-Gamma spend to a summary file with columns frequency and monetary_value (the mean of
 * the repeat purchases). Rows with frequency 0 carry no spend information and are skipped (counted).
 *
 * @example
 * const report = fitSpendFile('cdnow_customers_summary_with_transactions.csv'); // p 6.25, q 3.74, v 15.44
 */
export function fitSpendFile(path: string): FitReport {
  const table = readTableFile(path);
  const x = numberColumn(table, tableColumn(table, 'frequency', ['x']));
  const m = numberColumn(table, tableColumn(table, 'monetary_value', ['monetary', 'zbar']));
  const keep: number[] = [];
  for (let i = 0; i < x.length; i++) if ((x[i] as number) > 0) keep.push(i);
  if (keep.length < 5)
    throw new PatronError(
      'too_few_repeat_buyers',
      `${path} has ${keep.length} rows with repeat purchases; Gamma-Gamma needs at least 5 repeat buyers' average spend.`,
      { file: path },
    );
  const lines = keep.map((i) => table.lines[i] as number);
  const spend = withFile(path, lines, () =>
    prepareSpendHistories({ x: keep.map((i) => x[i] as number), m: keep.map((i) => m[i] as number) }),
  );
  return {
    ...toFitReport(fitMaximumLikelihood(gammaGammaModel, spend)),
    skipped_rows: x.length - keep.length,
  };
}
