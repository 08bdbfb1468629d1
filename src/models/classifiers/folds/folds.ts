/** One cross-validation split: row indices to train on and to test on. */
export interface Fold {
  train: Uint32Array;
  test: Uint32Array;
}
