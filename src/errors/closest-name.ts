/** Levenshtein distance between two strings. */
function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0] ?? 0;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j] ?? 0;
      const substitution = diagonal + (a[i - 1] === b[j - 1] ? 0 : 1);
      previous[j] = Math.min(above + 1, (previous[j - 1] ?? 0) + 1, substitution);
      diagonal = above;
    }
  }
  return previous[b.length] ?? 0;
}

/**
 * The candidate nearest to `name` by edit distance, ignoring case, when it is close enough to be
 * a typo: at most 2 edits, or a third of the name's length for long names.
 *
 * @example
 * closestName('numbr_of_orders', ['number_of_orders', 'amount_spent']) // => 'number_of_orders'
 */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}
