export { type CustomerPropensity, customerPropensity } from './customer-propensity.ts';
export { PROPENSITY_FEATURES, phraseFeature } from './propensity-features.ts';
export { type PropensityReport, propensityReport } from './propensity-report.ts';
export {
  MAX_TRAINING_ROWS,
  MIN_PROPENSITY_CUSTOMERS,
  type PropensityOptions,
  type PropensityRun,
  refreshPropensity,
} from './refresh-propensity.ts';
export { type ScoredRow, type TrainTableOptions, type TrainTableReport, trainTable } from './train-table.ts';
