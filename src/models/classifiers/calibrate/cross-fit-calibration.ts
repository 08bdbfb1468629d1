import { sigmoid } from '../logistic/sigmoid.ts';
import type { Calibrator } from './calibrator.ts';
import { fitIsotonic } from './fit-isotonic.ts';
import { fitPlatt } from './fit-platt.ts';

export type CalibrationMethod = 'platt' | 'isotonic' | 'none';

export interface CrossFitCalibration {
  method: CalibrationMethod;
  /** Calibrated out-of-fold probabilities: each fold's rows mapped by a calibrator fitted on the other folds. */
  probabilities: Float64Array;
  /** The calibrator fitted on every out-of-fold score, for the final model. */
  final: Calibrator;
}

/**
 * Calibrates out-of-fold margins honestly: each fold is calibrated by a map fitted on the other
 * folds' scores only, so the reported calibration error is not measured on the calibrator's own
 * training data. `rows` are the rows with an out-of-fold score; `foldOf` says which fold.
 */
export function crossFitCalibration(
  margins: Float64Array,
  y: ArrayLike<number>,
  foldOf: Int32Array,
  rows: readonly number[],
  method: CalibrationMethod,
): CrossFitCalibration {
  const fit = (m: number[], l: number[]): Calibrator =>
    method === 'isotonic'
      ? fitIsotonic(m, l)
      : method === 'platt'
        ? fitPlatt(m, l)
        : { method: 'platt', apply: sigmoid };
  const probabilities = new Float64Array(margins.length).fill(Number.NaN);
  const folds = [...new Set(rows.map((i) => foldOf[i]!))];
  for (const f of folds) {
    const others = rows.filter((i) => foldOf[i] !== f);
    const calibrator = fit(
      others.map((i) => margins[i]!),
      others.map((i) => y[i] as number),
    );
    for (const i of rows) if (foldOf[i] === f) probabilities[i] = calibrator.apply(margins[i]!);
  }
  const final = fit(
    rows.map((i) => margins[i]!),
    rows.map((i) => y[i] as number),
  );
  return { method, probabilities, final };
}
