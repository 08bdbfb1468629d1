export { type AtRiskCustomer, atRiskCustomers } from './at-risk-customers.ts';
export type { BtydRunReport } from './btyd-run-report.ts';
export { checkModelSupport, UNSUPPORTED_CODES } from './check-model-support.ts';
export { type ClvDistribution, clvDistribution } from './clv-distribution.ts';
export {
  comparePurchaseModels,
  type ModelComparison,
  type ModelComparisonRow,
} from './compare-purchase-models.ts';
export { type CustomerPrediction, customerPrediction } from './customer-prediction.ts';
export { type CustomerSummaries, readCustomerSummaries } from './customer-summaries.ts';
export { customerSummariesSql, type SummaryWindow } from './customer-summaries-sql.ts';
export { type CustomerNumbers, explainCustomer } from './explain-customer.ts';
export {
  fitSpendFile,
  fitSummaryFile,
  fitTransactionsFile,
  type ModelChoice,
  type TransactionsFileOptions,
} from './files/index.ts';
export { type FitReport, toFitReport } from './fit-report.ts';
export { type CalibrationRow, type HoldoutMetrics, holdoutMetrics } from './holdout-metrics.ts';
export { latestPredictionRun, type StoredPredictionRun } from './latest-prediction-run.ts';
export { predictCustomers } from './predict-customers.ts';
export {
  type PredictionOptions,
  type PredictionRunResult,
  refreshPredictions,
} from './refresh-predictions.ts';
export { type TimeUnit, UNIT_DAYS } from './time-unit.ts';
export type { TrackingPoint } from './tracking-series.ts';
export { gradeTrust, type TrustGrade } from './trust-grade.ts';
export {
  type ValidationOptions,
  type ValidationReport,
  validatePredictions,
} from './validate-predictions.ts';
