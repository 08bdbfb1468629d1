import type { SeededRandom } from '../random/index.ts';
import { type Points, squaredDistance } from './points.ts';
import { trialsKernel } from './trial-kernels.ts';

/**
 * Greedy k-means++ seeding (Arthur & Vassilvitskii 2007, with scikit-learn's 2 + ln k local trials):
 * each new centre is the best of a few candidates drawn in proportion to the squared distance
 * to the nearest centre so far.
 */
export function kmeansPlusPlus(points: Points, k: number, random: SeededRandom): Float64Array {
  const { data, n, d } = points;
  const centers = new Float64Array(k * d);
  const first = Math.floor(random.next() * n);
  centers.set(data.subarray(first * d, first * d + d), 0);
  let closest: Float64Array = new Float64Array(n);
  let potential = 0;
  for (let i = 0; i < n; i++) {
    closest[i] = squaredDistance(data, i, centers, 0, d);
    potential += closest[i] as number;
  }
  const trials = 2 + Math.floor(Math.log(k));
  const kernel = trialsKernel(d, trials);
  // Each candidate's distances (one array per trial, reused) and their totals.
  const into: Float64Array[] = Array.from({ length: trials }, () => new Float64Array(n));
  const candidates = new Int32Array(trials);
  const sums = new Float64Array(trials);
  const cumulative = new Float64Array(n);
  for (let c = 1; c < k; c++) {
    let bestIndex = -1;
    let bestPotential = Number.POSITIVE_INFINITY;
    // Cumulative distances once per centre, then each trial is a binary search (as scikit-learn does).
    let running = 0;
    for (let i = 0; i < n; i++) {
      running += closest[i] as number;
      cumulative[i] = running;
    }
    // The candidates are drawn first (the same draws, in the same order, as one at a time), then
    // tried together; the first with the lowest potential wins, as before.
    for (let t = 0; t < trials; t++) candidates[t] = sample(cumulative, potential, random);
    kernel(data, n, candidates, closest, into, sums);
    let bestTrial = 0;
    for (let t = 0; t < trials; t++) {
      if ((sums[t] as number) < bestPotential) {
        bestPotential = sums[t] as number;
        bestIndex = candidates[t] as number;
        bestTrial = t;
      }
    }
    centers.set(data.subarray(bestIndex * d, bestIndex * d + d), c * d);
    // The winner's distances become `closest`; the old array is reused for that trial next step.
    const won = into[bestTrial] as Float64Array;
    into[bestTrial] = closest;
    closest = won;
    potential = bestPotential;
  }
  return centers;
}

/** An index drawn with probability proportional to its weight, given the weights' running sums. */
function sample(cumulative: Float64Array, total: number, random: SeededRandom): number {
  const n = cumulative.length;
  if (!(total > 0)) return Math.floor(random.next() * n);
  const target = random.next() * total;
  // The first index whose running sum exceeds the target.
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cumulative[mid] as number) > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
