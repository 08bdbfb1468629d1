import { type Store, sql } from '../store/index.ts';
import { applyTransform } from './apply-transform.ts';
import type { ClusteringResult } from './clustering-result.ts';
import { loadFeatureTable } from './load-feature-table.ts';
import { nearestClusters } from './nearest-clusters.ts';
import { writeAssignments } from './write-version.ts';

export interface ClusterAssignment {
  clustering: string;
  version: number;
  assigned: number;
}

/**
 * Assigns customers who are not yet in a saved clustering's current version (new since the fit,
 * or newly eligible) to its nearest cluster, prepared exactly as at fit time. Run after each
 * import, before segments refresh, so cluster segments take them in.
 *
 * @example
 * await assignNewCustomers(store) // => [{ clustering: 'shop groups', version: 1, assigned: 37 }]
 */
export async function assignNewCustomers(store: Store): Promise<ClusterAssignment[]> {
  const clusterings = await store.all<{
    clustering_id: bigint;
    name: string;
    version: number;
    model: string;
  }>(sql`
    SELECT g.clustering_id, g.name, g.current_version AS version, CAST(v.model AS VARCHAR) AS model
    FROM clusterings g JOIN clustering_versions v ON v.clustering_id = g.clustering_id AND v.version = g.current_version ORDER BY g.name`);
  const out: ClusterAssignment[] = [];
  for (const c of clusterings) {
    const model = JSON.parse(c.model) as ClusteringResult['model'];
    const table = await loadFeatureTable(
      store,
      model.specs,
      sql`p.customer_id NOT IN (SELECT customer_id FROM customer_clusters WHERE clustering_id = ${c.clustering_id} AND version = ${c.version})`,
    );
    if (table.ids.length > 0) {
      const points = applyTransform(model.transform, table);
      const { labels, distances, probability } = nearestClusters(points, model);
      await store.transaction(() =>
        writeAssignments(
          store,
          Number(c.clustering_id),
          c.version,
          table.ids,
          labels,
          distances,
          probability,
          'assigned',
        ),
      );
    }
    out.push({ clustering: c.name, version: c.version, assigned: table.ids.length });
  }
  return out;
}
