/**
 * Average precision (the area under the precision–recall curve as scikit-learn computes it):
 * Σ (Rₖ − Rₖ₋₁) Pₖ over distinct score thresholds, highest first. NaN without positives.
 *
 * @example
 * averagePrecision([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]) // => 0.8333…
 */
export function averagePrecision(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const n = scores.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  let totalPositives = 0;
  for (let i = 0; i < n; i++) totalPositives += labels[i] === 1 ? 1 : 0;
  if (totalPositives === 0) return Number.NaN;
  let truePositives = 0;
  let seen = 0;
  let previousRecall = 0;
  let ap = 0;
  for (let start = 0; start < n; ) {
    let end = start;
    while (end + 1 < n && scores[order[end + 1]!] === scores[order[start]!]) end++;
    for (let k = start; k <= end; k++) truePositives += labels[order[k]!] === 1 ? 1 : 0;
    seen = end + 1;
    const recall = truePositives / totalPositives;
    ap += (recall - previousRecall) * (truePositives / seen);
    previousRecall = recall;
    start = end + 1;
  }
  return ap;
}
