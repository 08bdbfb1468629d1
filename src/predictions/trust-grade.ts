import type { HoldoutMetrics } from './holdout-metrics.ts';

export interface TrustGrade {
  /** A: trust for decisions; B: good for ranking customers; C: rough guide; D: do not rely on it. */
  grade: 'A' | 'B' | 'C' | 'D';
  reason: string;
}

/**
 * How far the holdout check says the predictions can be trusted, from the aggregate error (is the
 * total right?) and the per-customer correlation (are the right customers ranked high?), capped at
 * C when the holdout had too few repeat purchases to judge.
 *
 * @example
 * gradeTrust(metrics); // { grade: 'B', reason: 'Predicted 1,653 repeat purchases against 1,882 actual (12 % low) …' }
 */
export function gradeTrust(m: HoldoutMetrics): TrustGrade {
  const error = m.aggregate_error;
  const corr = m.correlation ?? 0;
  const absError = error === null ? Number.POSITIVE_INFINITY : Math.abs(error);
  const totals = `Predicted ${Math.round(m.expected_total).toLocaleString('en-GB')} repeat purchases in the held-out period against ${Math.round(m.actual_total).toLocaleString('en-GB')} actual${error === null ? '' : ` (${Math.round(Math.abs(error) * 100)} % ${error < 0 ? 'low' : 'high'})`}; the per-customer correlation is ${m.correlation === null ? 'undefined' : corr.toFixed(2)}.`;
  let grade: TrustGrade['grade'];
  if (absError <= 0.1 && corr >= 0.6) grade = 'A';
  else if (absError <= 0.25 && corr >= 0.45) grade = 'B';
  else if (absError <= 0.5 && corr >= 0.3) grade = 'C';
  else grade = 'D';
  const meaning = {
    A: 'Totals and rankings held up: fit for planning and targeting.',
    B: 'Good for ranking customers (who is likely to buy, who is slipping); treat totals as approximate.',
    C: 'A rough guide only: use it to sort customers, not to forecast revenue.',
    D: 'The model did not predict the held-out period well; do not rely on these numbers.',
  }[grade];
  if (m.actual_total < 30 && (grade === 'A' || grade === 'B')) {
    return {
      grade: 'C',
      reason: `${totals} Only ${m.actual_total} repeat purchases fell in the held-out period, too few to confirm more than a rough guide.`,
    };
  }
  return { grade, reason: `${totals} ${meaning}` };
}
