import { type Sql, sql } from '../../../store/index.ts';
import type { CallNode } from '../ast/call-node.ts';

/**
 * `in_cluster('clustering', 'cluster')`: the customer is assigned to the cluster of that name in
 * the saved clustering's current version (fitted, or assigned after a later import). Names are
 * matched ignoring case.
 *
 * @example
 * inClusterSql(call("in_cluster('groups', 'Frequent high spenders')")) // => EXISTS (… g.name = $1 … lower(cl.name) = lower($2) …)
 */
export function inClusterSql(call: CallNode): Sql {
  const clustering = call.args.find((a, i) => a.name === 'clustering' || (a.name === null && i === 0))?.value;
  const cluster = call.args.find((a, i) => a.name === 'cluster' || (a.name === null && i === 1))?.value;
  if (clustering?.kind !== 'string' || cluster?.kind !== 'string')
    throw new Error('in_cluster needs a clustering and a cluster name; check the rule first');
  return sql`EXISTS (SELECT 1 FROM customer_clusters cc
    JOIN clusterings g ON g.clustering_id = cc.clustering_id AND g.current_version = cc.version
    JOIN clusters cl ON cl.clustering_id = cc.clustering_id AND cl.version = cc.version AND cl.cluster_no = cc.cluster_no
    WHERE lower(g.name) = lower(${clustering.value}) AND lower(cl.name) = lower(${cluster.value}) AND cc.customer_id = p.customer_id)`;
}
