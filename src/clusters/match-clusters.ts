/**
 * Matches new clusters to old ones by shared members: pairs in order of Jaccard overlap, each
 * cluster used once, pairs below `threshold` left unmatched. Returns, per new cluster, the old
 * cluster it continues (or null).
 *
 * @example
 * matchClusters([[90, 5], [10, 80]], [100, 90], [100, 85], 0.3) // => [0, 1]
 */
export function matchClusters(
  overlap: readonly (readonly number[])[],
  oldSizes: readonly number[],
  newSizes: readonly number[],
  threshold = 0.3,
): (number | null)[] {
  const pairs: { from: number; to: number; jaccard: number }[] = [];
  overlap.forEach((row, from) => {
    row.forEach((both, to) => {
      const union = (oldSizes[from] ?? 0) + (newSizes[to] ?? 0) - both;
      if (union > 0) pairs.push({ from, to, jaccard: both / union });
    });
  });
  pairs.sort((a, b) => b.jaccard - a.jaccard || a.from - b.from || a.to - b.to);
  const result: (number | null)[] = newSizes.map(() => null);
  const usedOld = new Set<number>();
  for (const p of pairs) {
    if (p.jaccard < threshold) break;
    if (usedOld.has(p.from) || result[p.to] !== null) continue;
    result[p.to] = p.from;
    usedOld.add(p.from);
  }
  return result;
}
