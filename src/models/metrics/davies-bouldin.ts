import { clusterCentroids } from './cluster-centroids.ts';

/**
 * The Davies–Bouldin index (1979): the mean over clusters of the worst ratio
 * (s_i + s_j) / d(c_i, c_j), where s is a cluster's mean distance to its centroid. Lower is
 * better; 0 for one cluster. Empty clusters are skipped, as scikit-learn only sees labels present.
 *
 * @example
 * daviesBouldin(data, n, d, labels, k) // => 0.71
 */
export function daviesBouldin(
  data: Float64Array,
  n: number,
  d: number,
  labels: Int32Array,
  k: number,
): number {
  const { centroids, sizes } = clusterCentroids(data, n, d, labels, k);
  const scatter = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    const c = labels[i] as number;
    scatter[c] = (scatter[c] as number) + Math.sqrt(gap(data, i * d, centroids, c * d, d));
  }
  const present: number[] = [];
  for (let c = 0; c < k; c++)
    if ((sizes[c] as number) > 0) {
      scatter[c] = (scatter[c] as number) / (sizes[c] as number);
      present.push(c);
    }
  if (present.length < 2) return 0;
  let total = 0;
  for (const a of present) {
    let worst = 0;
    for (const b of present) {
      if (a === b) continue;
      const between = Math.sqrt(gap(centroids, a * d, centroids, b * d, d));
      const ratio = between > 0 ? ((scatter[a] as number) + (scatter[b] as number)) / between : 0;
      if (ratio > worst) worst = ratio;
    }
    total += worst;
  }
  return total / present.length;
}

function gap(a: Float64Array, ai: number, b: Float64Array, bj: number, d: number): number {
  let sum = 0;
  for (let t = 0; t < d; t++) sum += ((a[ai + t] as number) - (b[bj + t] as number)) ** 2;
  return sum;
}
