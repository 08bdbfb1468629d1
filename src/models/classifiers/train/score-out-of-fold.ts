import type { CrossFitCalibration } from '../calibrate/cross-fit-calibration.ts';
import { sigmoid } from '../logistic/sigmoid.ts';
import { averagePrecision } from '../metrics/average-precision.ts';
import { brierScore } from '../metrics/brier-score.ts';
import { type CalibrationBin, calibrationTable } from '../metrics/calibration-table.ts';
import { chooseThreshold, type Threshold } from '../metrics/choose-threshold.ts';
import { type LiftRow, liftTable } from '../metrics/lift-table.ts';
import type { CrossValidation } from './cross-validate.ts';
import type { FittedClassifier, ModelKind } from './fit-classifier.ts';
import type { FeatureImportance } from './global-importance.ts';

/** What a training run reports (snake_case: it is printed as JSON and stored as is). */
export interface ClassifierReport {
  model: ModelKind;
  model_choice: { candidates: { model: ModelKind; auc_folds: number[]; auc_mean: number }[]; reason: string };
  rows: number;
  rows_scored_out_of_fold: number;
  positives: number;
  positive_rate: number;
  fold_kind: 'stratified' | 'time';
  auc_folds: number[];
  auc_mean: number;
  auc_sd: number;
  /** Average precision of calibrated out-of-fold scores. */
  pr_auc: number;
  brier: number;
  brier_uncalibrated: number;
  calibration: { method: string; ece: number; ece_uncalibrated: number; bins: CalibrationBin[] };
  lift: LiftRow[];
  threshold: Threshold;
  top_features: FeatureImportance[];
  training: { rounds?: number; stopped_early?: boolean; iterations?: number; converged?: boolean };
}

export interface OutOfFoldInput {
  runs: CrossValidation[];
  best: CrossValidation;
  y: ArrayLike<number>;
  tested: number[];
  calibration: CrossFitCalibration;
  foldKind: 'stratified' | 'time';
  importance: FeatureImportance[];
  classifier: FittedClassifier;
  targetRecall?: number;
}

/** Every held-out metric of a training run, from its out-of-fold scores. */
export function scoreOutOfFold(input: OutOfFoldInput): ClassifierReport {
  const { best, y, tested, calibration } = input;
  const labels = tested.map((i) => y[i] as number);
  const calibrated = tested.map((i) => calibration.probabilities[i]!);
  const raw = tested.map((i) => sigmoid(best.margins[i]!));
  const positives = labels.reduce((a, b) => a + b, 0);
  const folds = best.aucFolds.filter((a) => !Number.isNaN(a));
  const sd = Math.sqrt(
    folds.reduce((s, a) => s + (a - best.aucMean) ** 2, 0) / Math.max(1, folds.length - 1),
  );
  const table = calibrationTable(calibrated, labels);
  const candidates = input.runs.map((r) => ({ model: r.model, auc_folds: r.aucFolds, auc_mean: r.aucMean }));
  const reason =
    candidates.length > 1
      ? `${best.model} had the higher mean cross-validated AUC (${candidates.map((c) => `${c.model} ${c.auc_mean.toFixed(3)}`).join(', ')})`
      : `${best.model} was asked for`;
  const { logistic, gbdt } = input.classifier;
  return {
    model: best.model,
    model_choice: { candidates, reason },
    rows: y.length,
    rows_scored_out_of_fold: tested.length,
    positives,
    positive_rate: tested.length ? positives / tested.length : 0,
    fold_kind: input.foldKind,
    auc_folds: best.aucFolds,
    auc_mean: best.aucMean,
    auc_sd: sd,
    pr_auc: averagePrecision(calibrated, labels),
    brier: brierScore(calibrated, labels),
    brier_uncalibrated: brierScore(raw, labels),
    calibration: {
      method: calibration.method,
      ece: table.ece,
      ece_uncalibrated: calibrationTable(raw, labels).ece,
      bins: table.bins,
    },
    lift: liftTable(calibrated, labels),
    threshold: chooseThreshold(
      calibrated,
      labels,
      input.targetRecall === undefined ? {} : { targetRecall: input.targetRecall },
    ),
    top_features: input.importance,
    training: logistic
      ? { iterations: logistic.iterations, converged: logistic.converged }
      : { rounds: gbdt?.rounds ?? 0, stopped_early: gbdt?.stoppedEarly ?? false },
  };
}
