import { PatronError } from '../errors/index.ts';
import { fitGaussianMixture } from '../models/gmm/index.ts';
import { calinskiHarabasz, daviesBouldin } from '../models/metrics/index.ts';
import { SeededRandom } from '../models/random/index.ts';
import { bootstrapStability } from '../models/stability/index.ts';
import { applyTransform } from './apply-transform.ts';
import { clusterMap } from './cluster-map.ts';
import type { ClusteringOptions } from './clustering-options.ts';
import type { ClusteringResult } from './clustering-result.ts';
import type { FeatureTable } from './feature-table.ts';
import { fitTransform, type PrepareOptions } from './fit-transform.ts';
import { nameClusters } from './name-clusters.ts';
import { profileClusters } from './profile-clusters.ts';
import { searchK } from './search-k.ts';

/** A fitted clustering: the JSON result and, per row, the cluster, squared distance and (GMM) probability. */
export interface ClusteringFit {
  result: ClusteringResult;
  ids: string[];
  labels: Int32Array;
  distances: Float64Array;
  probability: Float64Array | null;
}

export interface FitContext {
  source: ClusteringResult['source'];
  requested: string;
  excludedProtected: ClusteringResult['inputs']['excluded_protected'];
  ignored: ClusteringResult['inputs']['ignored'];
  prepare: PrepareOptions;
  preparation: string;
}

/** Rows used for the bootstrap stability at most (a seeded sample above it). */
const STABILITY_LIMIT = 5000;
/** Above this many rows, `method: 'auto'` uses mini-batch k-means. */
const MINI_BATCH_FROM = 100_000;

/**
 * Prepares a feature table, chooses k, fits, and explains the result: quality measures,
 * bootstrap stability, named profiles and the PCA map.
 *
 * @example
 * const { result, labels } = fitClustering(table, ClusteringOptions.parse({}), context);
 */
export function fitClustering(
  table: FeatureTable,
  options: ClusteringOptions,
  context: FitContext,
): ClusteringFit {
  const n = table.ids.length;
  if (n === 0)
    throw new PatronError(
      'no_rows',
      'There are no customers to cluster with these features (a clustering needs at least one).',
    );
  if (table.specs.length === 0) throw new PatronError('no_features', 'There are no inputs to cluster on.');
  const transform = fitTransform(table, context.prepare);
  const points = applyTransform(transform, table);
  const algorithm =
    options.method === 'minibatch' || (options.method === 'auto' && n > MINI_BATCH_FROM)
      ? 'minibatch'
      : 'kmeans';
  const search = searchK(points, options.k, {
    seed: options.seed,
    nInit: options.nInit,
    algorithm,
    minShare: options.minClusterShare,
  });
  const k = search.k;
  const chosen = search.fits.get(k);
  if (!chosen) throw new Error(`no fit for k = ${k}`);
  let labels = chosen.labels;
  let centers = chosen.centers;
  let probability: Float64Array | null = null;
  let variances: number[][] | null = null;
  let weights: number[] | null = null;
  const meanMembership = new Float64Array(k);
  if (options.method === 'gmm') {
    const gmm = fitGaussianMixture(points, { k, seed: options.seed });
    labels = gmm.labels;
    centers = gmm.means;
    probability = new Float64Array(n);
    const sizes = new Float64Array(k);
    for (let i = 0; i < n; i++) {
      const c = labels[i] as number;
      const p = gmm.responsibilities[i * k + c] as number;
      probability[i] = p;
      meanMembership[c] = (meanMembership[c] as number) + p;
      sizes[c] = (sizes[c] as number) + 1;
    }
    for (let c = 0; c < k; c++)
      meanMembership[c] = (meanMembership[c] as number) / Math.max(sizes[c] as number, 1);
    variances = rowsOf(gmm.variances, k, points.d);
    weights = Array.from(gmm.weights);
  }
  const { d, data } = points;
  const distances = new Float64Array(n);
  let inertia = 0;
  for (let i = 0; i < n; i++) {
    const c = labels[i] as number;
    let sq = 0;
    for (let t = 0; t < d; t++) sq += ((data[i * d + t] as number) - (centers[c * d + t] as number)) ** 2;
    distances[i] = sq;
    inertia += sq;
  }
  const row = search.per_k.find((p) => p.k === k);
  const stability =
    options.stabilityResamples > 0 && k > 1 && n > k ? stabilityOf(points, labels, k, options) : null;
  const profiles = nameClusters(
    profileClusters(table, points, transform, labels, k, options.seed).map((p) => ({
      ...p,
      stability: stability ? (stability.per_cluster[p.cluster] ?? null) : null,
      mean_membership: probability ? (meanMembership[p.cluster] as number) : null,
    })),
  );
  const columns = transform.columns.flatMap((c) =>
    c.kind === 'numeric' ? [c.name] : c.levels.map((l) => `${c.name}=${l}`),
  );
  const missingFilled = transform.columns.flatMap((c, j) => {
    if (c.kind !== 'numeric' || c.fill === null) return [];
    const values = table.numeric[j] as Float64Array;
    let rows = 0;
    for (const v of values) if (!Number.isFinite(v)) rows++;
    return rows > 0 ? [{ name: c.name, rows, value: c.log ? Math.expm1(c.fill) : c.fill }] : [];
  });
  const result: ClusteringResult = {
    source: context.source,
    method: options.method === 'gmm' ? 'gmm' : algorithm,
    inputs: {
      requested: context.requested,
      used: table.specs.map((s) => ({
        name: s.name,
        label: s.label,
        kind: s.kind,
        log: s.log && context.prepare.log,
        protected: s.protected,
      })),
      excluded_protected: context.excludedProtected,
      ignored: context.ignored,
      missing_filled: missingFilled,
      preparation: context.preparation,
      rows: n,
    },
    per_k: search.per_k,
    k,
    reason:
      options.method === 'gmm'
        ? `${search.reason} A Gaussian mixture was then fitted with k = ${k} for soft membership.`
        : search.reason,
    quality: {
      inertia,
      silhouette: row?.silhouette ?? 0,
      silhouette_sample: row?.silhouette_sample ?? n,
      davies_bouldin: daviesBouldin(data, n, d, labels, k),
      calinski_harabasz: calinskiHarabasz(data, n, d, labels, k),
    },
    stability,
    profiles,
    map: clusterMap(points, table.ids, labels, centers, k, columns, options.seed),
    model: { specs: table.specs, transform, centers: rowsOf(centers, k, d), variances, weights },
    seed: options.seed,
    n_init: options.nInit,
  };
  return { result, ids: table.ids, labels, distances, probability };
}

function rowsOf(values: Float64Array, k: number, d: number): number[][] {
  return Array.from({ length: k }, (_, c) => Array.from(values.subarray(c * d, c * d + d)));
}

function stabilityOf(
  points: { data: Float64Array; n: number; d: number },
  labels: Int32Array,
  k: number,
  options: ClusteringOptions,
): NonNullable<ClusteringResult['stability']> {
  const { n, d, data } = points;
  let rows = Array.from({ length: n }, (_, i) => i);
  if (n > STABILITY_LIMIT) {
    const random = new SeededRandom(options.seed, 43);
    for (let i = 0; i < STABILITY_LIMIT; i++) {
      const j = i + Math.floor(random.next() * (n - i));
      [rows[i], rows[j]] = [rows[j] as number, rows[i] as number];
    }
    rows = rows.slice(0, STABILITY_LIMIT);
  }
  const sample = new Float64Array(rows.length * d);
  rows.forEach((r, i) => {
    sample.set(data.subarray(r * d, r * d + d), i * d);
  });
  const sampleLabels = Int32Array.from(rows, (r) => labels[r] as number);
  const s = bootstrapStability({ data: sample, n: rows.length, d }, sampleLabels, {
    k,
    seed: options.seed,
    resamples: options.stabilityResamples,
  });
  return { overall: s.overall, per_cluster: s.perCluster, resamples: s.resamples, sample_size: rows.length };
}
