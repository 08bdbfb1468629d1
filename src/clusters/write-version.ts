import { type Store, sql } from '../store/index.ts';
import type { ClusteringFit } from './fit-clustering.ts';

/**
 * Writes one fitted version of a clustering: its model and result, its clusters (with the given
 * names, descriptions and edited flags) and every row's cluster. Call inside a transaction.
 */
export async function writeVersion(
  store: Store,
  clusteringId: number,
  version: number,
  fit: ClusteringFit,
  names: readonly { name: string; description: string; edited: boolean }[],
): Promise<void> {
  const { model, ...result } = fit.result;
  const profiles = result.profiles.map((p, c) => ({
    ...p,
    name: names[c]?.name ?? p.name,
    description: names[c]?.description ?? p.description,
  }));
  await store.run(sql`INSERT INTO clustering_versions VALUES (${clusteringId}, ${version}, now()::TIMESTAMP, ${fit.result.k},
    ${JSON.stringify(model)}, ${JSON.stringify({ ...result, profiles })})`);
  for (const [c, entry] of names.entries())
    await store.run(
      sql`INSERT INTO clusters VALUES (${clusteringId}, ${version}, ${c}, ${entry.name}, ${entry.description}, ${entry.edited})`,
    );
  await writeAssignments(
    store,
    clusteringId,
    version,
    fit.ids,
    fit.labels,
    fit.distances,
    fit.probability,
    'fit',
  );
}

/** Appends rows' clusters for one version (source 'fit' or 'assigned'). */
export async function writeAssignments(
  store: Store,
  clusteringId: number,
  version: number,
  ids: readonly string[],
  labels: Int32Array,
  distances: Float64Array,
  probability: Float64Array | null,
  source: 'fit' | 'assigned',
): Promise<void> {
  await store.run(
    sql`CREATE OR REPLACE TEMP TABLE cluster_assignments_new (customer_id BIGINT, cluster_no INTEGER, distance DOUBLE, probability DOUBLE)`,
  );
  const appender = await store.appender('cluster_assignments_new');
  ids.forEach((id, i) => {
    appender.appendBigInt(BigInt(id));
    appender.appendInteger(labels[i] as number);
    appender.appendDouble(distances[i] as number);
    if (probability) appender.appendDouble(probability[i] as number);
    else appender.appendNull();
    appender.endRow();
  });
  appender.closeSync();
  await store.run(sql`INSERT INTO customer_clusters SELECT ${clusteringId}, ${version}, customer_id, cluster_no, distance, probability,
    ${source}, now()::TIMESTAMP FROM cluster_assignments_new`);
  await store.run(sql`DROP TABLE cluster_assignments_new`);
}
