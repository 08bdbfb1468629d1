import { formatDays } from './format-days.ts';
import type { LifecycleSettings } from './lifecycle-settings.ts';
import type { LifecycleStage } from './lifecycle-stage.ts';

/** The lifecycle rules in plain words, for the CLI and the dashboard. */
export interface LifecycleRules {
  usual_gap: string;
  order: string;
  stages: { stage: LifecycleStage; label: string; rule: string }[];
}

function percentileName(p: number): string {
  return p === 0.5 ? 'median' : `${Math.round(p * 100)}th percentile`;
}

function usualGapText(s: LifecycleSettings, shopGapDays: number | null): string {
  const shop = shopGapDays === null ? '' : `: ${formatDays(shopGapDays)}`;
  const few = s.minGapsForOwnRhythm - 1;
  const blend =
    few >= 1
      ? ` With ${few === 1 ? '1 gap' : `1 to ${few} gaps`}, it is halfway between their own (median) gap and the shop's usual gap to a second order.`
      : '';
  return (
    `A customer's usual gap is the median number of days between the days they ordered on, once they have ${s.minGapsForOwnRhythm} or more gaps.${blend}` +
    ` Customers who ordered on one day only get the shop's usual gap to a second order, the ${percentileName(s.secondOrderGapPercentile)} over customers who came back${shop}` +
    ` (${formatDays(s.usualGapWithoutRepeatBuyersDays)} while nobody has). No usual gap is taken as shorter than ${formatDays(s.minUsualGapDays)}.`
  );
}

/**
 * The stage rules with the settings' numbers. Pass the shop's usual gap to a second order
 * (from `refreshLifecycle`) to show what one-time buyers are measured against.
 *
 * @example
 * describeLifecycleRules(DEFAULT_LIFECYCLE_SETTINGS, 34).stages[2].rule
 * // => 'At risk: no order for more than 1.5 × their usual gap (or 1.5 × 34 days for one-time buyers).'
 */
export function describeLifecycleRules(
  settings: LifecycleSettings,
  shopGapDays: number | null = null,
): LifecycleRules {
  const oneTime = shopGapDays === null ? null : Math.max(shopGapDays, settings.minUsualGapDays);
  const past = (factor: number, limit: number | null): string => {
    const forOneTime = oneTime === null ? '' : ` (or ${factor} × ${formatDays(oneTime)} for one-time buyers)`;
    const cap = limit === null ? '' : `, and in any case after more than ${formatDays(limit)}`;
    return `no order for more than ${factor} × their usual gap${forOneTime}${cap}`;
  };
  return {
    usual_gap: usualGapText(settings, shopGapDays),
    order:
      'Stages are checked in this order and the first that fits wins: lost, lapsed, at risk, new, reactivated, active.',
    stages: [
      { stage: 'lost', label: 'Lost', rule: `Lost: ${past(settings.lostFactor, settings.lostAfterDays)}.` },
      {
        stage: 'lapsed',
        label: 'Lapsed',
        rule: `Lapsed: ${past(settings.lapsedFactor, settings.lapsedAfterDays)}.`,
      },
      { stage: 'at_risk', label: 'At risk', rule: `At risk: ${past(settings.atRiskFactor, null)}.` },
      {
        stage: 'new',
        label: 'New',
        rule: `New: ordered on one day only, at most ${formatDays(settings.newWithinDays)} ago, and not yet at risk.`,
      },
      {
        stage: 'reactivated',
        label: 'Reactivated',
        rule: 'Reactivated: their latest order ended a gap that had made them lapsed or lost by their usual gap before it, and they are not at risk now.',
      },
      {
        stage: 'active',
        label: 'Active',
        rule: `Active: everyone else who has ordered; their last order is within ${settings.atRiskFactor} × their usual gap.`,
      },
    ],
  };
}
