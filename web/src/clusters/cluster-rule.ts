/**
 * The segment rule for one group of a saved clustering, as the server writes it when it saves
 * one segment per group (src/clusters/cluster-rule.ts), so the page can find that segment.
 *
 * @example
 * clusterRule('shop groups', "Baker's dozen") // => "in_cluster('shop groups', 'Baker''s dozen')"
 */
export function clusterRule(clustering: string, cluster: string): string {
  const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;
  return `in_cluster(${literal(clustering)}, ${literal(cluster)})`;
}
