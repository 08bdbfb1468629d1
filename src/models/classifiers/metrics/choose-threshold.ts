export interface Threshold {
  /** Score at or above which a customer is flagged. */
  threshold: number;
  rule: 'max_f1' | 'target_recall';
  precision: number;
  recall: number;
  f1: number;
  /** Share of customers flagged. */
  flagged_share: number;
}

/**
 * Picks a decision threshold on held-out scores: the one with the highest F1, or the highest
 * threshold whose recall reaches `targetRecall`. Reports its precision and recall.
 *
 * @example
 * chooseThreshold(scores, labels).threshold
 * chooseThreshold(scores, labels, { targetRecall: 0.8 }).precision
 */
export function chooseThreshold(
  scores: ArrayLike<number>,
  labels: ArrayLike<number>,
  options: { targetRecall?: number } = {},
): Threshold {
  const n = scores.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  let totalPositives = 0;
  for (let i = 0; i < n; i++) totalPositives += labels[i]!;
  const rule: Threshold['rule'] = options.targetRecall === undefined ? 'max_f1' : 'target_recall';
  let best: Threshold = { threshold: 1, rule, precision: 0, recall: 0, f1: 0, flagged_share: 0 };
  let truePositives = 0;
  for (let start = 0; start < n; ) {
    let end = start;
    while (end + 1 < n && scores[order[end + 1]!] === scores[order[start]!]) end++;
    for (let k = start; k <= end; k++) truePositives += labels[order[k]!]!;
    const flagged = end + 1;
    const precision = truePositives / flagged;
    const recall = totalPositives ? truePositives / totalPositives : 0;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    const candidate = {
      threshold: scores[order[start]!]!,
      rule,
      precision,
      recall,
      f1,
      flagged_share: flagged / n,
    };
    if (rule === 'max_f1' ? f1 > best.f1 : recall >= options.targetRecall!) {
      best = candidate;
      if (rule === 'target_recall') break;
    }
    start = end + 1;
  }
  return best;
}
