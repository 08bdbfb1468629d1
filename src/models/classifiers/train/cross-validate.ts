import type { Fold } from '../folds/folds.ts';
import { rocAuc } from '../metrics/roc-auc.ts';
import type { Table } from '../table/table.ts';
import { type ClassifierOptions, fitClassifier, type ModelKind } from './fit-classifier.ts';

export interface CrossValidation {
  model: ModelKind;
  /** Out-of-fold log-odds; NaN for rows no fold tested (the first block of time-aware folds). */
  margins: Float64Array;
  /** Which fold tested each row (−1 for none). */
  foldOf: Int32Array;
  aucFolds: number[];
  aucMean: number;
}

/**
 * Fits the model on each fold's training rows (encoder included) and scores its test rows.
 *
 * @example
 * const cv = crossValidate(table, y, stratifiedFolds(y, 5, 1), 'logreg', { seed: 1 });
 */
export function crossValidate(
  table: Table,
  y: ArrayLike<number>,
  folds: readonly Fold[],
  model: ModelKind,
  options: ClassifierOptions,
): CrossValidation {
  const margins = new Float64Array(table.n).fill(Number.NaN);
  const foldOf = new Int32Array(table.n).fill(-1);
  const aucFolds: number[] = [];
  folds.forEach((fold, f) => {
    const fitted = fitClassifier(table, y, fold.train, model, { ...options, seed: options.seed + f });
    const m = fitted.margin(table, fold.test);
    const labels = new Float64Array(fold.test.length);
    fold.test.forEach((i, r) => {
      margins[i] = m[r]!;
      foldOf[i] = f;
      labels[r] = y[i] as number;
    });
    aucFolds.push(rocAuc(m, labels));
  });
  const valid = aucFolds.filter((a) => !Number.isNaN(a));
  const aucMean = valid.length ? valid.reduce((a, b) => a + b, 0) / valid.length : Number.NaN;
  return { model, margins, foldOf, aucFolds, aucMean };
}
