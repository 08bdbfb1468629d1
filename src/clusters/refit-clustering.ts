import { refreshSegments } from '../segments/index.ts';
import { type Store, sql } from '../store/index.ts';
import { clusterRule } from './cluster-rule.ts';
import type { ClusteringRequest } from './clustering-options.ts';
import type { ClusteringResult } from './clustering-result.ts';
import { compareVersions, type VersionComparison } from './compare-versions.ts';
import { findClustering } from './find-clustering.ts';
import { matchClusters } from './match-clusters.ts';
import { fitStoreClustering } from './run-clustering.ts';
import { createClusterSegments } from './save-clustering.ts';
import { writeVersion } from './write-version.ts';

export interface Refit {
  name: string;
  version: number;
  result: ClusteringResult;
  /** Per new cluster: the previous version's cluster it continues (its name is kept), or null. */
  continues: (number | null)[];
  movement: VersionComparison;
}

/**
 * Refits a saved clustering on today's data as a new version (the old one is kept). New clusters
 * that share most members with an old one keep its name (and the user's description if edited),
 * so its segment carries on; the result says how customers moved between the versions.
 *
 * @example
 * const { version, movement } = await refitClustering(store, 'shop groups'); // version === 2
 */
export async function refitClustering(
  store: Store,
  name: string,
  overrides: ClusteringRequest = {},
): Promise<Refit> {
  const clustering = await findClustering(store, name);
  const options = { ...clustering.options, ...overrides };
  const fit = await fitStoreClustering(store, options);
  const previous = clustering.current_version;
  const old = await store.all<{ cluster_no: number; name: string; description: string; edited: boolean }>(sql`
    SELECT cluster_no, name, description, edited FROM clusters WHERE clustering_id = ${clustering.clustering_id} AND version = ${previous} ORDER BY cluster_no`);
  const oldLabels = new Map(
    (
      await store.all<{
        id: string;
        cluster_no: number;
      }>(sql`SELECT CAST(customer_id AS VARCHAR) AS id, cluster_no FROM customer_clusters
        WHERE clustering_id = ${clustering.clustering_id} AND version = ${previous}`)
    ).map((r) => [r.id, r.cluster_no]),
  );
  const k = fit.result.k;
  const overlap = old.map(() => new Array<number>(k).fill(0));
  const oldSizes = old.map(() => 0);
  const newSizes = new Array<number>(k).fill(0);
  fit.ids.forEach((id, i) => {
    const to = fit.labels[i] as number;
    newSizes[to] = (newSizes[to] ?? 0) + 1;
    const from = oldLabels.get(id);
    if (from === undefined) return;
    const row = overlap[from];
    if (row) row[to] = (row[to] ?? 0) + 1;
  });
  for (const from of oldLabels.values()) oldSizes[from] = (oldSizes[from] ?? 0) + 1;
  const continues = matchClusters(overlap, oldSizes, newSizes);
  const taken = new Set(
    continues.flatMap((from) => (from === null ? [] : [old[from]?.name.toLowerCase() ?? ''])),
  );
  const names = fit.result.profiles.map((p, c) => {
    const from = continues[c];
    const before = from === null || from === undefined ? undefined : old[from];
    if (before)
      return {
        name: before.name,
        description: before.edited ? before.description : p.description,
        edited: before.edited,
      };
    let unique = p.name;
    for (let i = 2; taken.has(unique.toLowerCase()); i++) unique = `${p.name} ${i}`;
    taken.add(unique.toLowerCase());
    return { name: unique, description: p.description, edited: false };
  });
  const version = previous + 1;
  await store.transaction(async () => {
    await writeVersion(store, clustering.clustering_id, version, fit, names);
    await store.run(
      sql`UPDATE clusterings SET current_version = ${version}, updated_at = now()::TIMESTAMP WHERE clustering_id = ${clustering.clustering_id}`,
    );
  });
  if (clustering.with_segments) {
    await createClusterSegments(
      store,
      clustering.name,
      names.map((n, c) => ({ cluster: c, name: n.name, description: n.description })),
    );
    const rules = [
      ...old.map((o) => clusterRule(clustering.name, o.name)),
      ...names.map((n) => clusterRule(clustering.name, n.name)),
    ];
    const segments = await store.all<{ name: string }>(
      sql`SELECT name FROM segments WHERE rule_text IN (${sql.join(rules.map((r) => sql`${r}`))})`,
    );
    await refreshSegments(
      store,
      segments.map((s) => s.name),
    );
  }
  const profiles = fit.result.profiles.map((p, c) => ({
    ...p,
    name: names[c]?.name ?? p.name,
    description: names[c]?.description ?? p.description,
  }));
  return {
    name: clustering.name,
    version,
    result: { ...fit.result, profiles },
    continues,
    movement: await compareVersions(store, clustering.name, previous, version),
  };
}
