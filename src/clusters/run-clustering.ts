import type { Store } from '../store/index.ts';
import { ClusteringOptions, type ClusteringRequest } from './clustering-options.ts';
import type { ClusteringResult } from './clustering-result.ts';
import type { FeatureTable } from './feature-table.ts';
import { type ClusteringFit, type FitContext, fitClustering } from './fit-clustering.ts';
import { loadFeatureTable } from './load-feature-table.ts';
import { resolveFeatures } from './resolve-features.ts';

/** Fits a prepared table: in this thread (the CLI), or in a worker thread (the server). */
export type ClusterFitter = (
  table: FeatureTable,
  options: ClusteringOptions,
  context: FitContext,
) => ClusteringFit | Promise<ClusteringFit>;

/**
 * Clusters the shop's customers on a preset or a list of features and explains the groups.
 *
 * @example
 * const result = await runClustering(store, { features: 'rfm', k: { mode: 'auto' } });
 * result.per_k; // [{ k: 2, inertia, silhouette, smallest_cluster, … }, …]
 * result.profiles[0].name; // 'Frequent high spenders'
 */
export async function runClustering(
  store: Store,
  request: ClusteringRequest = {},
  fit: ClusterFitter = fitClustering,
): Promise<ClusteringResult> {
  return (await fitStoreClustering(store, request, fit)).result;
}

/** The same, keeping each customer's cluster (for saving and --out). */
export async function fitStoreClustering(
  store: Store,
  request: ClusteringRequest = {},
  fit: ClusterFitter = fitClustering,
): Promise<ClusteringFit> {
  const options = ClusteringOptions.parse(request);
  const { specs, excludedProtected } = await resolveFeatures(store, options.features);
  const table = await loadFeatureTable(store, specs);
  return await fit(table, options, {
    source: 'store',
    requested: options.features,
    excludedProtected,
    ignored: [],
    prepare: { log: true, winsor: options.winsor, scale: true, missing: 'median' },
    preparation: `log1p on money and counts, winsorised at the ${options.winsor[0] * 100} % and ${options.winsor[1] * 100} % percentiles, z-scores; categories one-hot, weighted so each counts like one number; missing numbers take the median`,
  });
}
