/** Quotes a rule-language string literal ('' for a quote). */
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * The segment rule for one cluster of a saved clustering.
 *
 * @example
 * clusterRule('shop groups', "Bread lovers") // => "in_cluster('shop groups', 'Bread lovers')"
 */
export function clusterRule(clustering: string, cluster: string): string {
  return `in_cluster(${literal(clustering)}, ${literal(cluster)})`;
}

/**
 * The segment name for one cluster: "<clustering> - <cluster>", with characters segment names
 * do not allow dropped, at most 64 characters.
 *
 * @example
 * clusterSegmentName('shop groups', "Frequent high spenders") // => 'shop groups - Frequent high spenders'
 */
export function clusterSegmentName(clustering: string, cluster: string): string {
  const clean = `${clustering} - ${cluster}`.replace(/[^\p{L}\p{N} _.-]/gu, '').replace(/\s+/g, ' ');
  return clean.slice(0, 64).trim();
}
