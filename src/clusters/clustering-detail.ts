import { PatronError } from '../errors/index.ts';
import { type Store, sql } from '../store/index.ts';
import type { ClusteringResult } from './clustering-result.ts';
import { findClustering } from './find-clustering.ts';

export interface ClusteringDetail {
  name: string;
  version: number;
  current_version: number;
  versions: { version: number; fitted_at: string; k: number }[];
  fitted_at: string;
  /** The saved result (without the model), with the clusters' current names and descriptions and sizes including customers assigned since. */
  result: Omit<ClusteringResult, 'model'>;
  assigned_since_fit: number;
}

/**
 * One saved clustering version (default: current) as the dashboard shows it: per-k table,
 * reason, quality, stability, profiles with the user's names, and the map.
 *
 * @example
 * const detail = await clusteringDetail(store, 'shop groups'); // detail.result.profiles[0].name
 */
export async function clusteringDetail(
  store: Store,
  name: string,
  version?: number,
): Promise<ClusteringDetail> {
  const clustering = await findClustering(store, name);
  const wanted = version ?? clustering.current_version;
  const versions = await store.all<{ version: number; fitted_at: string; k: number; result: string }>(sql`
    SELECT version, strftime(fitted_at, '%Y-%m-%d %H:%M:%S') AS fitted_at, k, CAST(result AS VARCHAR) AS result
    FROM clustering_versions WHERE clustering_id = ${clustering.clustering_id} ORDER BY version`);
  const row = versions.find((v) => v.version === wanted);
  if (!row)
    throw new PatronError(
      'unknown_version',
      `'${clustering.name}' has no version ${wanted}; it has ${versions.map((v) => v.version).join(', ')}.`,
    );
  const result = JSON.parse(row.result) as Omit<ClusteringResult, 'model'>;
  const names = await store.all<{
    cluster_no: number;
    name: string;
    description: string;
    customers: bigint;
  }>(sql`
    SELECT c.cluster_no, c.name, c.description, (SELECT count(*) FROM customer_clusters cc WHERE cc.clustering_id = c.clustering_id
      AND cc.version = c.version AND cc.cluster_no = c.cluster_no) AS customers
    FROM clusters c WHERE c.clustering_id = ${clustering.clustering_id} AND c.version = ${wanted} ORDER BY c.cluster_no`);
  const assigned = await store.one<{ n: bigint }>(sql`SELECT count(*) AS n FROM customer_clusters
    WHERE clustering_id = ${clustering.clustering_id} AND version = ${wanted} AND source = 'assigned'`);
  result.profiles = result.profiles.map((p) => {
    const current = names.find((n) => n.cluster_no === p.cluster);
    return current ? { ...p, name: current.name, description: current.description } : p;
  });
  return {
    name: clustering.name,
    version: wanted,
    current_version: clustering.current_version,
    versions: versions.map(({ version: v, fitted_at, k }) => ({ version: v, fitted_at, k })),
    fitted_at: row.fitted_at,
    result,
    assigned_since_fit: Number(assigned?.n ?? 0),
  };
}
