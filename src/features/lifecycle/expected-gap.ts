import type { LifecycleSettings } from './lifecycle-settings.ts';

/** How a customer's usual gap was found, with the numbers behind it. */
export interface ExpectedGap {
  days: number;
  /** own: median of their gaps; own_and_shop: too few gaps, halfway to the shop's; shop: ordered on one day only. */
  basis: 'own' | 'own_and_shop' | 'shop';
  ownGaps: number;
  ownMedianDays: number | null;
  shopDays: number;
  /** The gap found before the minimum applies. */
  foundDays: number;
  /** The gap found was shorter than `minUsualGapDays` and was raised to it. */
  raisedToMinimum: boolean;
}

/**
 * A customer's usual gap between order days. With enough gaps it is the median of their own;
 * with fewer it is halfway between their median and the shop's usual gap to a second order (one
 * gap alone is too noisy to trust); with none it is the shop's.
 *
 * @example
 * expectedGap(1, 4, 34, DEFAULT_LIFECYCLE_SETTINGS).days // => 19
 */
export function expectedGap(
  ownGaps: number,
  ownMedianDays: number | null,
  shopDays: number,
  settings: LifecycleSettings,
): ExpectedGap {
  let days = shopDays;
  let basis: ExpectedGap['basis'] = 'shop';
  if (ownMedianDays !== null && ownGaps >= settings.minGapsForOwnRhythm) {
    days = ownMedianDays;
    basis = 'own';
  } else if (ownMedianDays !== null && ownGaps >= 1) {
    days = (ownMedianDays + shopDays) / 2;
    basis = 'own_and_shop';
  }
  const raisedToMinimum = days < settings.minUsualGapDays;
  return {
    days: raisedToMinimum ? settings.minUsualGapDays : days,
    basis,
    ownGaps,
    ownMedianDays,
    shopDays,
    foundDays: days,
    raisedToMinimum,
  };
}
