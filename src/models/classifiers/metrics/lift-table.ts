export interface LiftRow {
  /** 1 = the tenth of customers with the highest scores. */
  decile: number;
  customers: number;
  positives: number;
  rate: number;
  /** rate ÷ the overall rate. */
  lift: number;
  /** Share of all positives found in this decile and the ones above it. */
  cumulative_gain: number;
}

/**
 * Lift and gains by decile of score (highest first). Rows are split as evenly as possible;
 * deciles with no customers (n < 10) are left out.
 *
 * @example
 * liftTable(scores, labels)[0].lift // e.g. 3.1: the top tenth converts 3.1× the average
 */
export function liftTable(scores: ArrayLike<number>, labels: ArrayLike<number>, groups = 10): LiftRow[] {
  const n = scores.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  let totalPositives = 0;
  for (let i = 0; i < n; i++) totalPositives += labels[i]!;
  const overall = n ? totalPositives / n : 0;
  const rows: LiftRow[] = [];
  let cumulative = 0;
  for (let g = 0; g < groups; g++) {
    const start = Math.floor((g * n) / groups);
    const end = Math.floor(((g + 1) * n) / groups);
    if (end <= start) continue;
    let positives = 0;
    for (let k = start; k < end; k++) positives += labels[order[k]!]!;
    cumulative += positives;
    const rate = positives / (end - start);
    rows.push({
      decile: g + 1,
      customers: end - start,
      positives,
      rate,
      lift: overall > 0 ? rate / overall : 0,
      cumulative_gain: totalPositives > 0 ? cumulative / totalPositives : 0,
    });
  }
  return rows;
}
