import { PatronError } from '../../errors/index.ts';
import { SeededRandom } from '../random/index.ts';
import { hasUnrolledAssign } from './assign-kernels.ts';
import { hamerly } from './hamerly.ts';
import { kmeansPlusPlus } from './kmeans-plus-plus.ts';
import { type LloydResult, lloyd } from './lloyd.ts';
import type { Points } from './points.ts';

export interface KMeansOptions {
  k: number;
  seed: number;
  /** Restarts from different seedings; the lowest inertia wins. */
  nInit?: number;
  maxIterations?: number;
  /** Relative tolerance, scaled by the mean feature variance (as scikit-learn does). */
  tolerance?: number;
  /**
   * 'lloyd' scans every centre for every point; 'hamerly' skips points whose bounds rule out a
   * change (same labels, fewer distances). 'auto' (default) uses Hamerly's where it pays: when
   * d·k is too large for Lloyd's unrolled assignment step (see assign-kernels.ts). Below that the
   * unrolled step wins (1.15–1.6× faster on 3 features for k = 2..16; Hamerly 2× faster at d = 15, k = 8).
   */
  algorithm?: 'auto' | 'lloyd' | 'hamerly';
}

export interface KMeansResult extends LloydResult {
  /** The k actually used: never more than the number of points. */
  k: number;
}

/**
 * k-means with k-means++ seeding, Lloyd iterations and `nInit` restarts; the same seed always
 * gives the same result. NaN and infinite values are refused.
 *
 * @example
 * const { labels, inertia } = fitKMeans({ data, n, d: 3 }, { k: 4, seed: 0, nInit: 10 });
 */
export function fitKMeans(points: Points, options: KMeansOptions): KMeansResult {
  const { data, n, d } = points;
  if (n === 0)
    throw new PatronError('no_points', 'There is nothing to cluster: no customers with the chosen features.');
  const bad = data.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0) {
    throw new PatronError(
      'invalid_value',
      `Row ${Math.floor(bad / d) + 1}, feature ${(bad % d) + 1} is ${data[bad]}; clustering needs finite numbers. Fill or drop missing values first.`,
    );
  }
  if (!Number.isInteger(options.k) || options.k < 1)
    throw new PatronError('invalid_k', `k must be a whole number of at least 1, not ${options.k}.`);
  const k = Math.min(options.k, n);
  const tolerance = (options.tolerance ?? 1e-4) * meanVariance(points);
  const random = new SeededRandom(options.seed);
  const algorithm = options.algorithm ?? 'auto';
  const iterate =
    algorithm === 'hamerly' || (algorithm === 'auto' && k >= 4 && !hasUnrolledAssign(d, k)) ? hamerly : lloyd;
  let best: LloydResult | undefined;
  for (let run = 0; run < (options.nInit ?? 10); run++) {
    const result = iterate(
      points,
      kmeansPlusPlus(points, k, random),
      k,
      tolerance,
      options.maxIterations ?? 300,
    );
    if (!best || result.inertia < best.inertia) best = result;
  }
  return { ...(best as LloydResult), k };
}

function meanVariance({ data, n, d }: Points): number {
  let total = 0;
  for (let t = 0; t < d; t++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += data[i * d + t] as number;
    mean /= n;
    let variance = 0;
    for (let i = 0; i < n; i++) variance += ((data[i * d + t] as number) - mean) ** 2;
    total += variance / n;
  }
  return total / d;
}
