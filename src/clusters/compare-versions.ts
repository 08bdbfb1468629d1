import { PatronError } from '../errors/index.ts';
import { type Store, sql } from '../store/index.ts';
import { findClustering } from './find-clustering.ts';

export interface VersionComparison {
  name: string;
  from_version: number;
  to_version: number;
  /** How many customers went from each old cluster to each new one; null = not in that version. */
  moves: {
    from_cluster: number | null;
    from_name: string | null;
    to_cluster: number | null;
    to_name: string | null;
    customers: number;
  }[];
  /** Per old cluster: its size and the share of its members who ended up together in one new cluster. */
  clusters: {
    cluster: number;
    name: string;
    customers: number;
    main_destination: string | null;
    kept_together: number;
  }[];
  /** Customers in both versions whose group stayed together (each old cluster's main destination). */
  kept_together: number;
  customers_in_both: number;
  new_customers: number;
  gone_customers: number;
}

/**
 * How the groups moved between two versions of a saved clustering (default: the previous and
 * the current one): a movement table of old → new cluster counts and per-cluster cohesion.
 *
 * @example
 * const { moves, kept_together } = await compareVersions(store, 'shop groups'); // kept_together: 0.91
 */
export async function compareVersions(
  store: Store,
  name: string,
  from?: number,
  to?: number,
): Promise<VersionComparison> {
  const clustering = await findClustering(store, name);
  const toVersion = to ?? clustering.current_version;
  const fromVersion = from ?? toVersion - 1;
  const known = new Set(
    (
      await store.all<{ version: number }>(
        sql`SELECT version FROM clustering_versions WHERE clustering_id = ${clustering.clustering_id}`,
      )
    ).map((r) => r.version),
  );
  for (const v of [fromVersion, toVersion])
    if (!known.has(v))
      throw new PatronError(
        'unknown_version',
        `'${clustering.name}' has no version ${v} (versions: ${[...known].sort().join(', ')}).${known.size < 2 ? ' Refit it to make a second version.' : ''}`,
      );
  const id = clustering.clustering_id;
  const rows = await store.all<{
    from_cluster: number | null;
    to_cluster: number | null;
    customers: bigint;
  }>(sql`
    WITH a AS (SELECT customer_id, cluster_no FROM customer_clusters WHERE clustering_id = ${id} AND version = ${fromVersion}),
         b AS (SELECT customer_id, cluster_no FROM customer_clusters WHERE clustering_id = ${id} AND version = ${toVersion})
    SELECT a.cluster_no AS from_cluster, b.cluster_no AS to_cluster, count(*) AS customers
    FROM a FULL JOIN b ON a.customer_id = b.customer_id GROUP BY ALL ORDER BY from_cluster NULLS LAST, to_cluster NULLS LAST`);
  const names = await store.all<{ version: number; cluster_no: number; name: string }>(sql`
    SELECT version, cluster_no, name FROM clusters WHERE clustering_id = ${id} AND version IN (${fromVersion}, ${toVersion})`);
  const nameOf = (version: number, cluster: number | null) =>
    cluster === null
      ? null
      : (names.find((n) => n.version === version && n.cluster_no === cluster)?.name ?? `#${cluster}`);
  const moves = rows.map((r) => ({
    from_cluster: r.from_cluster,
    from_name: nameOf(fromVersion, r.from_cluster),
    to_cluster: r.to_cluster,
    to_name: nameOf(toVersion, r.to_cluster),
    customers: Number(r.customers),
  }));
  const olds = names.filter((n) => n.version === fromVersion).sort((a, b) => a.cluster_no - b.cluster_no);
  let together = 0;
  let inBoth = 0;
  const clusters = olds.map((o) => {
    const out = moves.filter((m) => m.from_cluster === o.cluster_no);
    const size = out.reduce((s, m) => s + m.customers, 0);
    const staying = out.filter((m) => m.to_cluster !== null);
    const main = staying.reduce<(typeof moves)[number] | undefined>(
      (best, m) => (!best || m.customers > best.customers ? m : best),
      undefined,
    );
    const stayed = staying.reduce((s, m) => s + m.customers, 0);
    together += main?.customers ?? 0;
    inBoth += stayed;
    return {
      cluster: o.cluster_no,
      name: o.name,
      customers: size,
      main_destination: main?.to_name ?? null,
      kept_together: stayed ? (main?.customers ?? 0) / stayed : 0,
    };
  });
  return {
    name: clustering.name,
    from_version: fromVersion,
    to_version: toVersion,
    moves,
    clusters,
    kept_together: inBoth ? together / inBoth : 0,
    customers_in_both: inBoth,
    new_customers: moves.filter((m) => m.from_cluster === null).reduce((s, m) => s + m.customers, 0),
    gone_customers: moves.filter((m) => m.to_cluster === null).reduce((s, m) => s + m.customers, 0),
  };
}
