import { clusterCentroids } from './cluster-centroids.ts';

/**
 * The Calinski–Harabasz index (1974, "variance ratio"): between-cluster dispersion over
 * within-cluster dispersion, times (n − k) / (k − 1), with k the clusters present. Higher is
 * better; 1 when all within-cluster dispersion is 0 (as scikit-learn returns).
 *
 * @example
 * calinskiHarabasz(data, n, d, labels, k) // => 2512.4
 */
export function calinskiHarabasz(
  data: Float64Array,
  n: number,
  d: number,
  labels: Int32Array,
  k: number,
): number {
  const { centroids, sizes } = clusterCentroids(data, n, d, labels, k);
  const mean = new Float64Array(d);
  for (let i = 0; i < n; i++)
    for (let t = 0; t < d; t++) mean[t] = (mean[t] as number) + (data[i * d + t] as number) / n;
  let within = 0;
  for (let i = 0; i < n; i++) {
    const c = labels[i] as number;
    for (let t = 0; t < d; t++)
      within += ((data[i * d + t] as number) - (centroids[c * d + t] as number)) ** 2;
  }
  let between = 0;
  let present = 0;
  for (let c = 0; c < k; c++) {
    if ((sizes[c] as number) === 0) continue;
    present++;
    let sq = 0;
    for (let t = 0; t < d; t++) sq += ((centroids[c * d + t] as number) - (mean[t] as number)) ** 2;
    between += (sizes[c] as number) * sq;
  }
  if (present < 2 || n <= present) return 0;
  return within === 0 ? 1 : (between * (n - present)) / (within * (present - 1));
}
