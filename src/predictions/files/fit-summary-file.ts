import { type PurchaseModelId, preparePurchaseHistories } from '../../models/btyd/index.ts';
import { checkModelSupport } from '../check-model-support.ts';
import { comparePurchaseModels } from '../compare-purchase-models.ts';
import { type FitReport, toFitReport } from '../fit-report.ts';
import { readTableFile } from './read-table-file.ts';
import { numberColumn, tableColumn } from './table-column.ts';

export type ModelChoice = PurchaseModelId | 'auto';

/**
 * Fits a purchase model to a summary file with columns frequency, recency and T (one time unit);
 * `auto` fits all three and picks by BIC.
 *
 * @example
 * const report = fitSummaryFile('cdnow_customers_summary.csv', 'bgnbd');
 */
export function fitSummaryFile(path: string, model: ModelChoice): FitReport {
  const table = readTableFile(path);
  const x = numberColumn(table, tableColumn(table, 'frequency', ['x']));
  const tx = numberColumn(table, tableColumn(table, 'recency', ['t_x', 'tx']));
  const T = numberColumn(table, tableColumn(table, 'T', ['age']));
  const histories = withFile(path, table.lines, () => preparePurchaseHistories({ x, tx, T }));
  checkModelSupport(histories);
  const candidates: PurchaseModelId[] = model === 'auto' ? ['bgnbd', 'mbgnbd', 'pnbd'] : [model];
  const comparison = comparePurchaseModels(histories, candidates);
  const fit = comparison.fits[comparison.chosen];
  if (!fit) throw new Error('the chosen model has no fit');
  return {
    ...toFitReport(fit),
    ...(model === 'auto' ? { comparison: comparison.rows, reason: comparison.reason } : {}),
  };
}

/** Re-labels a row-numbered PatronError from the models with the file and its line number. */
export function withFile<T>(path: string, lines: readonly number[], work: () => T): T {
  try {
    return work();
  } catch (error) {
    const e = error as { location?: { row?: number; file?: string }; message: string };
    if (e.location?.row !== undefined) {
      const line = lines[e.location.row - 1];
      e.location.file = path;
      if (line !== undefined) {
        e.message = e.message.replace(/^Row \d+:/, `${path.split('/').pop()} line ${line}:`);
        e.location.row = line;
      }
    }
    throw error;
  }
}
