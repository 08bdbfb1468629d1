import { fitKMeans, fitMiniBatchKMeans, type Points } from '../models/kmeans/index.ts';
import { calinskiHarabasz, daviesBouldin, silhouette } from '../models/metrics/index.ts';
import type { KChoice } from './k-choice.ts';

/** Above 20,000 rows, silhouettes use a seeded sample of this many (stated in the per-k table). */
const SILHOUETTE_SAMPLE = 10_000;

export interface PerK {
  k: number;
  inertia: number;
  silhouette: number;
  /** Customers in the smallest cluster, and its share of all. */
  smallest_cluster: number;
  smallest_share: number;
  /** Lower is better. */
  davies_bouldin: number;
  /** Higher is better. */
  calinski_harabasz: number;
  /** Points the silhouette was computed on (all, or a seeded sample of 10,000 above 20,000). */
  silhouette_sample: number;
}

export interface KSearch {
  per_k: PerK[];
  k: number;
  reason: string;
  fits: Map<number, { centers: Float64Array; labels: Int32Array; inertia: number }>;
}

export interface SearchOptions {
  seed: number;
  nInit: number;
  algorithm: 'kmeans' | 'minibatch';
  /** A cluster smaller than this share of customers is "trivially small" (default 2 %). */
  minShare?: number;
}

/**
 * Fits k-means for each candidate k and chooses by silhouette, skipping any k whose smallest
 * cluster is trivially small (below `minShare` of the rows, and at least 2 rows). Always returns
 * the per-k table and a sentence saying why the k was chosen.
 *
 * @example
 * searchK(points, { mode: 'auto' }, { seed: 0, nInit: 10, algorithm: 'kmeans' }) // => { k: 3, reason: 'k = 3 has the highest silhouette …', per_k: [...] }
 */
export function searchK(points: Points, choice: KChoice, options: SearchOptions): KSearch {
  const { n } = points;
  const [min, max] =
    choice.mode === 'auto'
      ? [2, 8]
      : choice.mode === 'fixed'
        ? [choice.k, choice.k]
        : [choice.min, choice.max];
  const low = Math.max(1, Math.min(min, n));
  const high = Math.max(low, Math.min(max, n));
  const minShare = options.minShare ?? 0.02;
  const minSize = Math.max(2, Math.ceil(minShare * n));
  const per_k: PerK[] = [];
  const fits: KSearch['fits'] = new Map();
  for (let k = low; k <= high; k++) {
    const fit =
      options.algorithm === 'minibatch'
        ? fitMiniBatchKMeans(points, { k, seed: options.seed, nInit: Math.min(options.nInit, 3) })
        : fitKMeans(points, { k, seed: options.seed, nInit: options.nInit });
    fits.set(k, fit);
    const sizes = new Int32Array(k);
    for (const label of fit.labels) sizes[label] = (sizes[label] as number) + 1;
    const smallest = Math.min(...sizes);
    const s =
      k > 1
        ? silhouette(points.data, n, points.d, fit.labels, k, {
            seed: options.seed,
            sampleSize: SILHOUETTE_SAMPLE,
          })
        : { score: 0, sampleSize: n };
    per_k.push({
      k,
      inertia: fit.inertia,
      silhouette: s.score,
      smallest_cluster: smallest,
      smallest_share: n ? smallest / n : 0,
      davies_bouldin: daviesBouldin(points.data, n, points.d, fit.labels, k),
      calinski_harabasz: calinskiHarabasz(points.data, n, points.d, fit.labels, k),
      silhouette_sample: s.sampleSize,
    });
  }
  if (per_k.length === 1) {
    const only = per_k[0] as PerK;
    const reason =
      choice.mode === 'fixed' && only.k < choice.k
        ? `k = ${only.k}: you asked for ${choice.k} but there are only ${n} rows.`
        : choice.mode === 'fixed' || only.k === min
          ? `k = ${only.k} as you asked (silhouette ${only.silhouette.toFixed(3)}, smallest group ${only.smallest_cluster}).`
          : `k = ${only.k}: with ${n} ${n === 1 ? 'row' : 'rows'} no other k in ${min}..${max} is possible.`;
    return { per_k, k: only.k, reason, fits };
  }
  const pct = (share: number) => `${(share * 100).toFixed(share < 0.1 ? 1 : 0)} %`;
  const eligible = per_k.filter((p) => p.k > 1 && p.smallest_cluster >= minSize);
  const bestOverall = per_k.filter((p) => p.k > 1).reduce((a, b) => (b.silhouette > a.silhouette ? b : a));
  if (eligible.length === 0) {
    const roomiest = per_k.reduce((a, b) => (b.smallest_cluster > a.smallest_cluster ? b : a));
    return {
      per_k,
      k: roomiest.k,
      reason: `Every k from ${low} to ${high} leaves a group under ${pct(minShare)} of rows (${minSize}); k = ${roomiest.k} has the largest smallest group (${roomiest.smallest_cluster}). Treat these groups with caution.`,
      fits,
    };
  }
  const best = eligible.reduce((a, b) => (b.silhouette > a.silhouette ? b : a));
  let reason = `k = ${best.k} has the highest silhouette (${best.silhouette.toFixed(3)}) for k = ${low}..${high}`;
  reason += ` among choices whose smallest group holds at least ${pct(minShare)} of rows (${minSize})`;
  if (bestOverall.k !== best.k)
    reason += `; k = ${bestOverall.k} scored ${bestOverall.silhouette.toFixed(3)} but its smallest group has only ${bestOverall.smallest_cluster} (${pct(bestOverall.smallest_share)})`;
  return { per_k, k: best.k, reason: `${reason}.`, fits };
}
