import type { ExpectedGap } from './expected-gap.ts';
import { formatDays } from './format-days.ts';

function source(gap: ExpectedGap): string {
  const own = formatDays(gap.ownMedianDays ?? 0);
  const shop = `the shop's usual gap to a second order`;
  switch (gap.basis) {
    case 'own':
      return `the median of their ${gap.ownGaps} gaps between order days`;
    case 'own_and_shop': {
      const theirs =
        gap.ownGaps === 1 ? `their one gap (${own})` : `the median of their ${gap.ownGaps} gaps (${own})`;
      return `halfway between ${theirs} and ${shop} (${formatDays(gap.shopDays)})`;
    }
    case 'shop':
      return `${shop} (they have ordered on one day only)`;
    default: {
      const exhaustive: never = gap.basis;
      throw new Error(`unknown gap basis ${String(exhaustive)}`);
    }
  }
}

/**
 * One sentence on where a customer's usual gap comes from, with their numbers.
 *
 * @example
 * describeExpectedGap(expectedGap(4, 30, 11, DEFAULT_LIFECYCLE_SETTINGS))
 * // => 'Their usual gap is 30 days: the median of their 4 gaps between order days.'
 */
export function describeExpectedGap(gap: ExpectedGap): string {
  const days = formatDays(gap.days);
  if (!gap.raisedToMinimum) return `Their usual gap is ${days}: ${source(gap)}.`;
  return `Their usual gap is ${days}: ${source(gap)} is ${formatDays(gap.foundDays)}, under the minimum of ${days}.`;
}
