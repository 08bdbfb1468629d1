import { assign, fitKMeans, type Points } from '../kmeans/index.ts';
import { adjustedRandIndex } from '../metrics/index.ts';
import { SeededRandom } from '../random/index.ts';

export interface StabilityOptions {
  k: number;
  seed: number;
  /** Bootstrap resamples (default 20). */
  resamples?: number;
  /** Restarts per refit (default 3). */
  nInit?: number;
}

export interface StabilityResult {
  /** Mean adjusted Rand index between the clustering and the refits, over all points. */
  overall: number;
  /** Per cluster: mean ARI of "in this cluster or not" against the best-matching refit cluster. */
  perCluster: number[];
  resamples: number;
}

/**
 * Bootstrap stability (in the spirit of Hennig 2007's clusterboot): refit k-means on resamples
 * drawn with replacement, assign every point to the refit's nearest centre, and compare with the
 * original labels by the adjusted Rand index. Near 1: the groups come back; low: they are an
 * accident of the sample.
 *
 * @example
 * bootstrapStability(points, labels, { k: 4, seed: 0 }) // => { overall: 0.93, perCluster: [0.97, …] }
 */
export function bootstrapStability(
  points: Points,
  labels: Int32Array,
  options: StabilityOptions,
): StabilityResult {
  const { data, n, d } = points;
  const k = options.k;
  const resamples = options.resamples ?? 20;
  const random = new SeededRandom(options.seed, 91);
  const sample = new Float64Array(n * d);
  const refit = new Int32Array(n);
  const distances = new Float64Array(n);
  const perCluster = new Float64Array(k);
  let overall = 0;
  for (let b = 0; b < resamples; b++) {
    for (let s = 0; s < n; s++) {
      const row = Math.floor(random.next() * n);
      sample.set(data.subarray(row * d, row * d + d), s * d);
    }
    const fit = fitKMeans(
      { data: sample, n, d },
      { k, seed: options.seed + b + 1, nInit: options.nInit ?? 3 },
    );
    assign(points, fit.centers, fit.k, refit, distances);
    overall += adjustedRandIndex(labels, refit);
    for (let c = 0; c < k; c++)
      perCluster[c] = (perCluster[c] as number) + clusterAgreement(labels, refit, c, fit.k);
  }
  return {
    overall: overall / resamples,
    perCluster: Array.from(perCluster, (v) => v / resamples),
    resamples,
  };
}

/** ARI of the binary split "in cluster c" against "in the refit cluster that overlaps c most (by Jaccard)". */
function clusterAgreement(labels: Int32Array, refit: Int32Array, c: number, k: number): number {
  const both = new Float64Array(k);
  const sizes = new Float64Array(k);
  let size = 0;
  for (let i = 0; i < labels.length; i++) {
    const r = refit[i] as number;
    sizes[r] = (sizes[r] as number) + 1;
    if (labels[i] === c) {
      size++;
      both[r] = (both[r] as number) + 1;
    }
  }
  if (size === 0) return 0;
  let match = 0;
  let bestJaccard = -1;
  for (let r = 0; r < k; r++) {
    const j = (both[r] as number) / (size + (sizes[r] as number) - (both[r] as number));
    if (j > bestJaccard) [bestJaccard, match] = [j, r];
  }
  const a = Int32Array.from(labels, (l) => (l === c ? 1 : 0));
  const b = Int32Array.from(refit, (l) => (l === match ? 1 : 0));
  return adjustedRandIndex(a, b);
}
