import { PatronError } from '../errors/index.ts';
import { readRule } from '../segments/index.ts';
import { type Store, sql } from '../store/index.ts';
import { clusterRule, clusterSegmentName } from './cluster-rule.ts';
import { findClustering } from './find-clustering.ts';

export interface ClusterEdit {
  name?: string;
  description?: string;
}

/**
 * Renames and/or re-describes a cluster of the current version (by number or current name). The
 * edit is kept on later refits when the cluster is matched, and the cluster's segment follows:
 * its name, rule and description are updated in place, so its members and history stay.
 *
 * @example
 * await renameCluster(store, 'shop groups', 2, { name: 'Weekend regulars' });
 */
export async function renameCluster(
  store: Store,
  clusteringName: string,
  cluster: number | string,
  edit: ClusterEdit,
): Promise<{ cluster: number; name: string; description: string; segment: string | null }> {
  const clustering = await findClustering(store, clusteringName);
  const rows = await store.all<{ cluster_no: number; name: string; description: string }>(sql`
    SELECT cluster_no, name, description FROM clusters WHERE clustering_id = ${clustering.clustering_id} AND version = ${clustering.current_version}`);
  const current =
    typeof cluster === 'number' || /^\d+$/.test(cluster)
      ? rows.find((r) => r.cluster_no === Number(cluster))
      : rows.find((r) => r.name.toLowerCase() === cluster.toLowerCase());
  if (!current)
    throw new PatronError(
      'unknown_cluster',
      `'${clustering.name}' has no cluster '${cluster}'. Its clusters: ${rows.map((r) => `${r.cluster_no} ${r.name}`).join(', ')}.`,
    );
  const name = edit.name?.trim() || current.name;
  const description = edit.description?.trim() || current.description;
  if (name.length > 60)
    throw new PatronError('bad_cluster_name', 'A cluster name can be at most 60 characters.');
  if (rows.some((r) => r.cluster_no !== current.cluster_no && r.name.toLowerCase() === name.toLowerCase()))
    throw new PatronError(
      'cluster_name_taken',
      `Another cluster of '${clustering.name}' is already called '${name}'.`,
    );
  const oldRule = clusterRule(clustering.name, current.name);
  const newRule = clusterRule(clustering.name, name);
  const segment = await store.one<{ segment_id: bigint; name: string }>(
    sql`SELECT segment_id, name FROM segments WHERE rule_text = ${oldRule}`,
  );
  const segmentName = clusterSegmentName(clustering.name, name);
  if (
    segment &&
    segmentName !== segment.name &&
    (await store.one(sql`SELECT 1 AS x FROM segments WHERE name = ${segmentName}`))
  )
    throw new PatronError(
      'segment_exists',
      `A segment named '${segmentName}' already exists; pick another cluster name.`,
    );
  await store.transaction(async () => {
    await store.run(sql`UPDATE clusters SET name = ${name}, description = ${description}, edited = true
      WHERE clustering_id = ${clustering.clustering_id} AND version = ${clustering.current_version} AND cluster_no = ${current.cluster_no}`);
    if (segment)
      await store.run(sql`UPDATE segments SET name = ${segmentName}, rule_text = ${newRule}, rule_json = ${JSON.stringify(readRule(newRule))},
        description = ${description}, updated_at = now()::TIMESTAMP WHERE segment_id = ${segment.segment_id}`);
  });
  return { cluster: current.cluster_no, name, description, segment: segment ? segmentName : null };
}
