import { formatDays } from './format-days.ts';
import type { Threshold } from './lifecycle-thresholds.ts';

/**
 * A threshold with its arithmetic, for reasons.
 *
 * @example
 * describeThreshold({ days: 45, factor: 1.5, usualGapDays: 30, byLimit: false }) // => '45 days (1.5 × 30 days)'
 */
export function describeThreshold(t: Threshold): string {
  const how = t.byLimit ? 'the limit for every customer' : `${t.factor} × ${formatDays(t.usualGapDays)}`;
  return `${formatDays(t.days)} (${how})`;
}
