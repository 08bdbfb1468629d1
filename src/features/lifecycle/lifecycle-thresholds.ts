import type { LifecycleSettings } from './lifecycle-settings.ts';

/** Days without an order after which a stage begins, and how that number came about. */
export interface Threshold {
  days: number;
  factor: number;
  usualGapDays: number;
  /** The absolute day limit was shorter than factor × usual gap, so it applies. */
  byLimit: boolean;
}

export interface LifecycleThresholds {
  atRisk: Threshold;
  lapsed: Threshold;
  lost: Threshold;
}

function threshold(factor: number, usualGapDays: number, limitDays: number | null): Threshold {
  const byRhythm = factor * usualGapDays;
  const byLimit = limitDays !== null && limitDays < byRhythm;
  return { days: byLimit ? limitDays : byRhythm, factor, usualGapDays, byLimit };
}

/**
 * The at-risk, lapsed and lost thresholds for a customer with this usual gap: factor × gap,
 * capped by the absolute day limits for lapsed and lost.
 *
 * @example
 * lifecycleThresholds(30, DEFAULT_LIFECYCLE_SETTINGS).lost.days // => 150 (5 × 30)
 * lifecycleThresholds(100, DEFAULT_LIFECYCLE_SETTINGS).lost.days // => 365 (the limit)
 */
export function lifecycleThresholds(usualGapDays: number, settings: LifecycleSettings): LifecycleThresholds {
  return {
    atRisk: threshold(settings.atRiskFactor, usualGapDays, null),
    lapsed: threshold(settings.lapsedFactor, usualGapDays, settings.lapsedAfterDays),
    lost: threshold(settings.lostFactor, usualGapDays, settings.lostAfterDays),
  };
}
