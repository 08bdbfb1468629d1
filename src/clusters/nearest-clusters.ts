import type { Points } from '../models/kmeans/index.ts';
import type { ClusteringResult } from './clustering-result.ts';

/**
 * Each prepared row's cluster under a saved model: the nearest centre for k-means; for a
 * Gaussian mixture, the most likely component and its probability.
 *
 * @example
 * nearestClusters(points, model) // => { labels: Int32Array [2, 0, …], distances, probability: null }
 */
export function nearestClusters(
  points: Points,
  model: ClusteringResult['model'],
): { labels: Int32Array; distances: Float64Array; probability: Float64Array | null } {
  const { data, n, d } = points;
  const k = model.centers.length;
  const labels = new Int32Array(n);
  const distances = new Float64Array(n);
  const probability = model.variances && model.weights ? new Float64Array(n) : null;
  const logs = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    let best = 0;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (let c = 0; c < k; c++) {
      const center = model.centers[c] ?? [];
      const variance = model.variances?.[c];
      let sq = 0;
      let logp = Math.log(model.weights?.[c] ?? 1);
      for (let t = 0; t < d; t++) {
        const diff = (data[i * d + t] as number) - (center[t] ?? 0);
        sq += diff * diff;
        if (variance)
          logp -= 0.5 * (Math.log(2 * Math.PI * (variance[t] ?? 1)) + (diff * diff) / (variance[t] ?? 1));
      }
      const score = probability ? logp : -sq;
      logs[c] = logp;
      if (score > bestScore) {
        bestScore = score;
        best = c;
        distances[i] = sq;
      }
    }
    labels[i] = best;
    if (probability) {
      // log-sum-exp for the winning component's posterior probability.
      let sum = 0;
      for (let c = 0; c < k; c++) sum += Math.exp((logs[c] as number) - bestScore);
      probability[i] = 1 / sum;
    }
  }
  return { labels, distances, probability };
}
