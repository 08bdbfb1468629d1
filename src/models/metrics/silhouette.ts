import { SeededRandom } from '../random/index.ts';

export interface SilhouetteResult {
  /** Mean silhouette over the points used, in [-1, 1]. */
  score: number;
  /** How many points it was computed on (all, or the stated sample). */
  sampleSize: number;
}

/**
 * The silhouette coefficient (Rousseeuw 1987) with Euclidean distances: for each point,
 * (b − a) / max(a, b) where a is its mean distance to its own cluster and b the smallest mean
 * distance to another cluster; a point alone in its cluster scores 0. Above `maxExact` points a
 * seeded random sample of `sampleSize` (default `maxExact`) is used, as scikit-learn's `sample_size` does.
 *
 * @example
 * silhouette(data, n, d, labels, k) // => { score: 0.61, sampleSize: 4339 }
 */
export function silhouette(
  data: Float64Array,
  n: number,
  d: number,
  labels: Int32Array,
  k: number,
  options: { maxExact?: number; sampleSize?: number; seed?: number } = {},
): SilhouetteResult {
  const maxExact = options.maxExact ?? 20_000;
  const rows =
    n <= maxExact
      ? Array.from({ length: n }, (_, i) => i)
      : sampleRows(n, Math.min(options.sampleSize ?? maxExact, n), options.seed ?? 0);
  const m = rows.length;
  const sizes = new Float64Array(k);
  for (const i of rows) sizes[labels[i] as number] = (sizes[labels[i] as number] as number) + 1;
  const sums = new Float64Array(k);
  let total = 0;
  for (const i of rows) {
    sums.fill(0);
    for (const j of rows) {
      if (i === j) continue;
      let sq = 0;
      for (let t = 0; t < d; t++) sq += ((data[i * d + t] as number) - (data[j * d + t] as number)) ** 2;
      const c = labels[j] as number;
      sums[c] = (sums[c] as number) + Math.sqrt(sq);
    }
    const own = labels[i] as number;
    if ((sizes[own] as number) <= 1) continue;
    const a = (sums[own] as number) / ((sizes[own] as number) - 1);
    let b = Number.POSITIVE_INFINITY;
    for (let c = 0; c < k; c++)
      if (c !== own && (sizes[c] as number) > 0) b = Math.min(b, (sums[c] as number) / (sizes[c] as number));
    if (Number.isFinite(b)) total += (b - a) / Math.max(a, b);
  }
  return { score: m > 0 ? total / m : 0, sampleSize: m };
}

function sampleRows(n: number, size: number, seed: number): number[] {
  const random = new SeededRandom(seed);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(random.next() * (n - i));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order.slice(0, size);
}
