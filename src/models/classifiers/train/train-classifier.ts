import { SeededRandom } from '../../random/index.ts';
import type { Calibrator } from '../calibrate/calibrator.ts';
import { type CalibrationMethod, crossFitCalibration } from '../calibrate/cross-fit-calibration.ts';
import type { Explanation } from '../explain/explanation.ts';
import { topReasons } from '../explain/top-reasons.ts';
import { stratifiedFolds } from '../folds/stratified-folds.ts';
import { timeFolds } from '../folds/time-folds.ts';
import type { Table } from '../table/table.ts';
import { checkLabels } from './check-labels.ts';
import { type CrossValidation, crossValidate } from './cross-validate.ts';
import {
  type ClassifierOptions,
  type FittedClassifier,
  fitClassifier,
  type ModelKind,
  type TreeAttribution,
} from './fit-classifier.ts';
import { globalImportance } from './global-importance.ts';
import { type ClassifierReport, scoreOutOfFold } from './score-out-of-fold.ts';

export interface TrainOptions extends ClassifierOptions {
  model: ModelKind | 'auto';
  /** Number of folds (default 5; capped by the smaller class). */
  folds?: number;
  /** When given, folds are time-aware (forward chaining) on these times instead of stratified. */
  times?: ArrayLike<number>;
  calibration?: CalibrationMethod | 'auto';
  /** Pick the threshold reaching this recall instead of the one with the best F1. */
  targetRecall?: number;
  /** Rows explained for the global importance (a seeded sample above this; default 2000). */
  importanceRows?: number;
  /** Name of the target, for messages. */
  target?: string;
}

export interface TrainedClassifier {
  report: ClassifierReport;
  classifier: FittedClassifier;
  calibrator: Calibrator;
  /** Calibrated probabilities from the final model (fitted on every row). */
  predict(table: Table, rows?: ArrayLike<number>): Float64Array;
  /** Calibrated probability and the top reasons (by |contribution|) for each row. */
  explain(table: Table, rows?: ArrayLike<number>, top?: number, method?: TreeAttribution): Explanation[];
}

/**
 * Cross-validates logistic regression and/or GBDT, picks the model with the higher mean fold AUC
 * (`auto`), calibrates out-of-fold scores (cross-fitted Platt or isotonic), reports AUC, PR-AUC,
 * Brier, calibration, lift and a threshold, then fits the chosen model on every row.
 *
 * @example
 * const { report, predict } = trainClassifier(table, y, { model: 'auto', seed: 1 });
 */
export function trainClassifier(
  table: Table,
  y: ArrayLike<number>,
  options: TrainOptions,
): TrainedClassifier {
  const { positives, negatives } = checkLabels(y, options.target);
  const k = Math.max(2, Math.min(options.folds ?? 5, positives, negatives));
  const folds = options.times ? timeFolds(options.times, k) : stratifiedFolds(y, k, options.seed);
  const candidates: ModelKind[] = options.model === 'auto' ? ['logreg', 'gbdt'] : [options.model];
  const runs: CrossValidation[] = candidates.map((m) => crossValidate(table, y, folds, m, options));
  // Higher mean AUC wins; a NaN mean (a fold without both classes everywhere) loses.
  const best = runs.reduce((a, b) => (b.aucMean > a.aucMean || Number.isNaN(a.aucMean) ? b : a));
  const tested = Array.from(best.foldOf.keys()).filter((i) => best.foldOf[i]! >= 0);
  const method =
    options.calibration === undefined || options.calibration === 'auto'
      ? tested.length >= 1000
        ? 'isotonic'
        : 'platt'
      : options.calibration;
  const calibration = crossFitCalibration(best.margins, y, best.foldOf, tested, method);
  const all = Uint32Array.from({ length: table.n }, (_, i) => i);
  const classifier = fitClassifier(table, y, all, best.model, options);
  const sample = sampleRows(table.n, options.importanceRows ?? 2000, options.seed);
  const importance = globalImportance(table, classifier.contributions(table, sample), sample);
  const report = scoreOutOfFold({
    runs,
    best,
    y,
    tested,
    calibration,
    foldKind: options.times ? 'time' : 'stratified',
    importance,
    classifier,
    ...(options.targetRecall === undefined ? {} : { targetRecall: options.targetRecall }),
  });
  const predict = (t: Table, rows?: ArrayLike<number>) =>
    classifier.margin(t, rows).map((m) => calibration.final.apply(m));
  return {
    report,
    classifier,
    calibrator: calibration.final,
    predict,
    explain: (t, rows, top = 3, method = 'treeshap') => {
      const scores = predict(t, rows);
      return topReasons(t, classifier.contributions(t, rows, method), rows, top).map((reasons, r) => ({
        score: scores[r]!,
        reasons,
      }));
    },
  };
}

function sampleRows(n: number, limit: number, seed: number): Uint32Array {
  const rows = Uint32Array.from({ length: n }, (_, i) => i);
  if (n <= limit) return rows;
  const random = new SeededRandom(seed, 303);
  for (let i = 0; i < limit; i++) {
    const j = i + Math.floor(random.next() * (n - i));
    [rows[i], rows[j]] = [rows[j]!, rows[i]!];
  }
  return rows.slice(0, limit).sort();
}
