import { PatronError } from '../errors/index.ts';
import { createSegment } from '../segments/index.ts';
import { type Store, sql } from '../store/index.ts';
import { clusterRule, clusterSegmentName } from './cluster-rule.ts';
import { ClusteringOptions, type ClusteringRequest } from './clustering-options.ts';
import type { ClusteringResult } from './clustering-result.ts';
import type { ClusteringFit } from './fit-clustering.ts';
import { type ClusterFitter, fitStoreClustering } from './run-clustering.ts';
import { writeVersion } from './write-version.ts';

export interface SavedClusteringRun {
  name: string;
  version: number;
  result: ClusteringResult;
  /** The segments created, one per cluster (rule `in_cluster('<name>', '<cluster>')`). */
  segments: { cluster: number; segment: string; members: number }[];
}

/**
 * Fits a clustering of the shop's customers and saves it as version 1 under `name`: model,
 * clusters and each customer's cluster. With `segments` (default), each cluster also becomes a
 * saved segment, with membership and entered/exited history like any other.
 *
 * @example
 * await saveClustering(store, { name: 'shop groups', features: 'rfm' });
 */
export async function saveClustering(
  store: Store,
  request: ClusteringRequest & { name: string; segments?: boolean },
  fit?: ClusterFitter,
): Promise<SavedClusteringRun> {
  const { name, segments = true, ...rest } = request;
  await checkNewName(store, name);
  const options = ClusteringOptions.parse(rest);
  return saveClusteringFit(store, name, options, await fitStoreClustering(store, options, fit), segments);
}

/** Saves an already fitted clustering of the shop's customers as version 1 (see saveClustering). */
export async function saveClusteringFit(
  store: Store,
  rawName: string,
  options: ClusteringOptions,
  fit: ClusteringFit,
  segments = true,
): Promise<SavedClusteringRun> {
  const name = await checkNewName(store, rawName);
  if (fit.result.source !== 'store')
    throw new PatronError('not_customers', "Only a clustering of the shop's customers can be saved.");
  const names = fit.result.profiles.map((p) => ({ name: p.name, description: p.description, edited: false }));
  await store.transaction(async () => {
    const row = await store.one<{ id: bigint }>(
      sql`SELECT coalesce(max(clustering_id), 0) + 1 AS id FROM clusterings`,
    );
    const id = Number(row?.id ?? 1);
    await store.run(
      sql`INSERT INTO clusterings VALUES (${id}, ${name}, 1, ${JSON.stringify(options)}, ${segments}, now()::TIMESTAMP, now()::TIMESTAMP)`,
    );
    await writeVersion(store, id, 1, fit, names);
  });
  const created = segments ? await createClusterSegments(store, name, fit.result.profiles) : [];
  return { name, version: 1, result: fit.result, segments: created };
}

async function checkNewName(store: Store, rawName: string): Promise<string> {
  const name = rawName.trim();
  if (!/^[\p{L}\p{N}][\p{L}\p{N} _.-]{0,39}$/u.test(name))
    throw new PatronError(
      'bad_clustering_name',
      `'${rawName}' is not a usable name: use letters, digits, spaces, _ . or -, at most 40 characters.`,
    );
  if (await store.one(sql`SELECT 1 AS x FROM clusterings WHERE lower(name) = lower(${name})`))
    throw new PatronError(
      'clustering_exists',
      `A clustering named '${name}' already exists. Refit it (\`patron clusters refit '${name}'\`) or pick another name.`,
    );
  return name;
}

/** One saved segment per cluster that does not have one yet. */
export async function createClusterSegments(
  store: Store,
  clustering: string,
  clusters: readonly { cluster: number; name: string; description: string }[],
): Promise<SavedClusteringRun['segments']> {
  const created: SavedClusteringRun['segments'] = [];
  for (const c of clusters) {
    const rule = clusterRule(clustering, c.name);
    if (await store.one(sql`SELECT 1 AS x FROM segments WHERE rule_text = ${rule}`)) continue;
    let segmentName = clusterSegmentName(clustering, c.name);
    for (let i = 2; await store.one(sql`SELECT 1 AS x FROM segments WHERE name = ${segmentName}`); i++)
      segmentName = `${clusterSegmentName(clustering, c.name).slice(0, 60)} ${i}`;
    const refreshed = await createSegment(store, { name: segmentName, rule, description: c.description });
    created.push({ cluster: c.cluster, segment: segmentName, members: refreshed.size });
  }
  return created;
}
