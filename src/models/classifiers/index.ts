export type { Calibrator } from './calibrate/calibrator.ts';
export { fitIsotonic } from './calibrate/fit-isotonic.ts';
export { fitPlatt } from './calibrate/fit-platt.ts';
export { defaultPhrase, describeReason } from './explain/describe-reason.ts';
export { type DescribeOptions, describeReasons } from './explain/describe-reasons.ts';
export type { Explanation, Reason } from './explain/explanation.ts';
export type { Fold } from './folds/folds.ts';
export { stratifiedFolds } from './folds/stratified-folds.ts';
export { timeFolds } from './folds/time-folds.ts';
export { fitGbdt, type GbdtModel, type GbdtOptions } from './gbdt/fit-gbdt.ts';
export { gbdtMargin } from './gbdt/gbdt-margin.ts';
export { fitLogistic, type LogisticModel, type LogisticOptions } from './logistic/fit-logistic.ts';
export { logisticMargin } from './logistic/logistic-margin.ts';
export { sigmoid } from './logistic/sigmoid.ts';
export { averagePrecision } from './metrics/average-precision.ts';
export { brierScore } from './metrics/brier-score.ts';
export { calibrationTable } from './metrics/calibration-table.ts';
export { chooseThreshold, type Threshold } from './metrics/choose-threshold.ts';
export { type LiftRow, liftTable } from './metrics/lift-table.ts';
export { rocAuc } from './metrics/roc-auc.ts';
export { nodeExpectations, pathAttribution } from './shap/path-attribution.ts';
export { createShapWorkspace, type ShapWorkspace, treeExpectedValue, treeShap } from './shap/tree-shap.ts';
export type { DesignMatrix } from './table/design-matrix.ts';
export { type Encoder, fitEncoder } from './table/fit-encoder.ts';
export {
  PROTECTED_WORDS,
  type ProtectedSplit,
  protectedAttribute,
  splitProtected,
} from './table/protected-columns.ts';
export type { Table, TableColumn } from './table/table.ts';
export type {
  ClassifierOptions,
  FittedClassifier,
  ModelKind,
  TreeAttribution,
} from './train/fit-classifier.ts';
export type { FeatureImportance } from './train/global-importance.ts';
export type { ClassifierReport } from './train/score-out-of-fold.ts';
export { type TrainedClassifier, type TrainOptions, trainClassifier } from './train/train-classifier.ts';
