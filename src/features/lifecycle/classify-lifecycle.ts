import type { CustomerRhythm } from './customer-rhythm-sql.ts';
import { describeExpectedGap } from './describe-expected-gap.ts';
import { describeThreshold } from './describe-threshold.ts';
import { expectedGap } from './expected-gap.ts';
import { formatDays } from './format-days.ts';
import type { LifecycleSettings } from './lifecycle-settings.ts';
import type { LifecycleStage } from './lifecycle-stage.ts';
import { lifecycleThresholds } from './lifecycle-thresholds.ts';

/** A customer's stage, the usual gap it was judged against, and why, in plain words with their numbers. */
export interface LifecycleVerdict {
  stage: LifecycleStage;
  expectedGapDays: number;
  reason: string;
}

/** When the gap that ended with their latest order was long enough to have made them lapsed or lost. */
function comeback(c: CustomerRhythm, shopGapDays: number, settings: LifecycleSettings): string | null {
  if (c.last_gap_days === null) return null;
  const before = expectedGap(c.prior_gaps, c.prior_median_gap_days, shopGapDays, settings);
  const t = lifecycleThresholds(before.days, settings);
  const stage = c.last_gap_days > t.lost.days ? 'lost' : c.last_gap_days > t.lapsed.days ? 'lapsed' : null;
  if (stage === null) return null;
  const threshold = describeThreshold(stage === 'lost' ? t.lost : t.lapsed);
  return `Came back ${formatDays(c.recency_days)} ago after ${formatDays(c.last_gap_days)} without an order; with their usual gap then of ${formatDays(before.days)}, more than ${threshold} counted as ${stage}`;
}

/**
 * Judges one customer against their own rhythm. The first rule that holds wins: lost, lapsed,
 * at risk (no order for longer than factor × usual gap, lapsed and lost capped by day limits),
 * new (ordered on one day only, within `newWithinDays`), reactivated (their latest order ended a
 * gap that had made them lapsed or lost by their rhythm before it), else active.
 *
 * @example
 * classifyLifecycle({ customer_id: 1n, recency_days: 50, tenure_days: 200, order_days: 5, gaps: 4,
 *   median_gap_days: 30, last_gap_days: 30, prior_gaps: 3, prior_median_gap_days: 30 }, 11, DEFAULT_LIFECYCLE_SETTINGS)
 * // => { stage: 'at_risk', expectedGapDays: 30, reason: 'No order for 50 days, more than 45 days (1.5 × 30 days) … ' }
 */
export function classifyLifecycle(
  c: CustomerRhythm,
  shopGapDays: number,
  settings: LifecycleSettings,
): LifecycleVerdict {
  const gap = expectedGap(c.gaps, c.median_gap_days, shopGapDays, settings);
  const t = lifecycleThresholds(gap.days, settings);
  const since = formatDays(c.recency_days);
  const verdict = (stage: LifecycleStage, headline: string): LifecycleVerdict => ({
    stage,
    expectedGapDays: gap.days,
    reason: `${headline}. ${describeExpectedGap(gap)}`,
  });
  if (c.recency_days > t.lost.days) {
    return verdict(
      'lost',
      `No order for ${since}, more than ${describeThreshold(t.lost)}, which counts as lost`,
    );
  }
  if (c.recency_days > t.lapsed.days) {
    return verdict(
      'lapsed',
      `No order for ${since}, more than ${describeThreshold(t.lapsed)}, which counts as lapsed`,
    );
  }
  if (c.recency_days > t.atRisk.days) {
    return verdict(
      'at_risk',
      `No order for ${since}, more than ${describeThreshold(t.atRisk)}, so they are overdue`,
    );
  }
  if (c.order_days === 1 && c.tenure_days <= settings.newWithinDays) {
    return verdict(
      'new',
      `First ordered ${since} ago, on one day only; customers count as new for ${formatDays(settings.newWithinDays)}`,
    );
  }
  const cameBack = comeback(c, shopGapDays, settings);
  if (cameBack !== null) return verdict('reactivated', cameBack);
  return verdict('active', `Last order ${since} ago, within ${describeThreshold(t.atRisk)}`);
}
