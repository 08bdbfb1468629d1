import type { Calibrator } from './calibrator.ts';

/**
 * Isotonic calibration by pool-adjacent-violators: the non-decreasing step function of the score
 * closest to the labels in squared error; between block centres it interpolates linearly and it
 * is flat beyond the ends (as scikit-learn's IsotonicRegression with out_of_bounds='clip').
 *
 * @example
 * const calibrate = fitIsotonic(scores, labels); calibrate.apply(0.42)
 */
export function fitIsotonic(scores: ArrayLike<number>, labels: ArrayLike<number>): Calibrator {
  const n = scores.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  // Ties in the score are pooled first: one block per distinct score.
  const xs: number[] = [];
  const sums: number[] = [];
  const weights: number[] = [];
  for (const i of order) {
    const s = scores[i]!;
    if (xs.length && xs[xs.length - 1] === s) {
      sums[sums.length - 1]! += labels[i]!;
      weights[weights.length - 1]!++;
    } else {
      xs.push(s);
      sums.push(labels[i]!);
      weights.push(1);
    }
  }
  // PAV over blocks, each block remembering its score range.
  const blockSum: number[] = [];
  const blockWeight: number[] = [];
  const blockLo: number[] = [];
  const blockHi: number[] = [];
  for (let k = 0; k < xs.length; k++) {
    blockSum.push(sums[k]!);
    blockWeight.push(weights[k]!);
    blockLo.push(xs[k]!);
    blockHi.push(xs[k]!);
    while (blockSum.length > 1) {
      const last = blockSum.length - 1;
      if (blockSum[last - 1]! / blockWeight[last - 1]! < blockSum[last]! / blockWeight[last]!) break;
      blockSum[last - 1]! += blockSum.pop()!;
      blockWeight[last - 1]! += blockWeight.pop()!;
      blockHi[last - 1] = blockHi.pop()!;
      blockLo.pop();
    }
  }
  // Knots at each block's two ends carry its level; between blocks the map is linear.
  const knotX: number[] = [];
  const knotY: number[] = [];
  for (let b = 0; b < blockSum.length; b++) {
    const level = blockSum[b]! / blockWeight[b]!;
    knotX.push(blockLo[b]!);
    knotY.push(level);
    if (blockHi[b]! > blockLo[b]!) {
      knotX.push(blockHi[b]!);
      knotY.push(level);
    }
  }
  const apply = (s: number): number => {
    if (knotX.length === 0) return 0.5;
    if (s <= knotX[0]!) return knotY[0]!;
    if (s >= knotX[knotX.length - 1]!) return knotY[knotY.length - 1]!;
    let lo = 0;
    let hi = knotX.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (knotX[mid]! <= s) lo = mid;
      else hi = mid;
    }
    const x0 = knotX[lo]!;
    const x1 = knotX[hi]!;
    return x1 > x0 ? knotY[lo]! + ((knotY[hi]! - knotY[lo]!) * (s - x0)) / (x1 - x0) : knotY[hi]!;
  };
  return { method: 'isotonic', apply };
}
