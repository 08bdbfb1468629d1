export { checkModelSupport, UNSUPPORTED_CODES } from './check-model-support.ts';
export {
  comparePurchaseModels,
  type ModelComparison,
  type ModelComparisonRow,
} from './compare-purchase-models.ts';
export { type CustomerSummaries, readCustomerSummaries } from './customer-summaries.ts';
export { customerSummariesSql, type SummaryWindow } from './customer-summaries-sql.ts';
export {
  fitSpendFile,
  fitSummaryFile,
  fitTransactionsFile,
  type ModelChoice,
  type TransactionsFileOptions,
} from './files/index.ts';
export { type FitReport, toFitReport } from './fit-report.ts';
export { type CalibrationRow, type HoldoutMetrics, holdoutMetrics } from './holdout-metrics.ts';
export { type TimeUnit, UNIT_DAYS } from './time-unit.ts';
