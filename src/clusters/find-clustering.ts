import { PatronError } from '../errors/index.ts';
import { type Store, sql } from '../store/index.ts';
import { ClusteringOptions } from './clustering-options.ts';

export interface ClusteringRow {
  clustering_id: number;
  name: string;
  current_version: number;
  options: ClusteringOptions;
  with_segments: boolean;
}

/** A saved clustering by name (ignoring case), or a clear error listing the known ones. */
export async function findClustering(store: Store, name: string): Promise<ClusteringRow> {
  const row = await store.one<{
    clustering_id: bigint;
    name: string;
    current_version: number;
    options: string;
    with_segments: boolean;
  }>(
    sql`SELECT clustering_id, name, current_version, CAST(options AS VARCHAR) AS options, with_segments FROM clusterings WHERE lower(name) = lower(${name})`,
  );
  if (!row) {
    const known = (await store.all<{ name: string }>(sql`SELECT name FROM clusterings ORDER BY name`)).map(
      (r) => r.name,
    );
    throw new PatronError(
      'unknown_clustering',
      `There is no saved clustering named '${name}'.${known.length ? ` Saved: ${known.join(', ')}.` : ' Save one with `patron cluster --save NAME`.'}`,
    );
  }
  return {
    clustering_id: Number(row.clustering_id),
    name: row.name,
    current_version: row.current_version,
    options: ClusteringOptions.parse(JSON.parse(row.options)),
    with_segments: row.with_segments,
  };
}
