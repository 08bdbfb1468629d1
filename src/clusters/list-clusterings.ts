import { type Store, sql } from '../store/index.ts';

export interface ClusteringSummary {
  name: string;
  features: string;
  current_version: number;
  versions: number;
  k: number;
  with_segments: boolean;
  created_at: string;
  refitted_at: string;
  clusters: { cluster: number; name: string; customers: number }[];
}

/**
 * Saved clusterings with their current version's clusters and sizes (fitted plus assigned since).
 *
 * @example
 * await listClusterings(store) // => [{ name: 'shop groups', current_version: 2, k: 4, clusters: [...] }]
 */
export async function listClusterings(store: Store): Promise<ClusteringSummary[]> {
  const rows = await store.all<{
    clustering_id: bigint;
    name: string;
    features: string;
    current_version: number;
    versions: bigint;
    k: number;
    with_segments: boolean;
    created_at: string;
    refitted_at: string;
  }>(sql`SELECT g.clustering_id, g.name, json_extract_string(g.options, '$.features') AS features, g.current_version,
      (SELECT count(*) FROM clustering_versions v WHERE v.clustering_id = g.clustering_id) AS versions,
      v.k, g.with_segments, strftime(g.created_at, '%Y-%m-%d %H:%M:%S') AS created_at,
      strftime(v.fitted_at, '%Y-%m-%d %H:%M:%S') AS refitted_at
    FROM clusterings g JOIN clustering_versions v ON v.clustering_id = g.clustering_id AND v.version = g.current_version
    ORDER BY g.name`);
  const clusters = await store.all<{
    clustering_id: bigint;
    cluster_no: number;
    name: string;
    customers: bigint;
  }>(sql`
    SELECT c.clustering_id, c.cluster_no, c.name, (SELECT count(*) FROM customer_clusters cc WHERE cc.clustering_id = c.clustering_id
      AND cc.version = c.version AND cc.cluster_no = c.cluster_no) AS customers
    FROM clusters c JOIN clusterings g ON g.clustering_id = c.clustering_id AND g.current_version = c.version
    ORDER BY c.clustering_id, c.cluster_no`);
  return rows.map((r) => ({
    name: r.name,
    features: r.features,
    current_version: r.current_version,
    versions: Number(r.versions),
    k: r.k,
    with_segments: r.with_segments,
    created_at: r.created_at,
    refitted_at: r.refitted_at,
    clusters: clusters
      .filter((c) => c.clustering_id === r.clustering_id)
      .map((c) => ({ cluster: c.cluster_no, name: c.name, customers: Number(c.customers) })),
  }));
}
