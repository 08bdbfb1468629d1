/** A fitted map from raw model scores to calibrated probabilities. */
export interface Calibrator {
  method: 'platt' | 'isotonic';
  apply(score: number): number;
}
