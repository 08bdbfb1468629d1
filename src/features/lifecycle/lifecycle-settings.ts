import { z } from 'zod';

/**
 * Every threshold behind the lifecycle stages. Days are whole calendar days before `as_of`; a
 * customer's "usual gap" is the typical number of days between the days they ordered on.
 */
export const LifecycleSettings = z
  .object({
    /** Ordered on one day only, at most this many days ago: new. */
    newWithinDays: z.number().int().min(0),
    /** No order for more than this × their usual gap: at risk. */
    atRiskFactor: z.number().positive(),
    /** No order for more than this × their usual gap: lapsed. */
    lapsedFactor: z.number().positive(),
    /** No order for more than this × their usual gap: lost. */
    lostFactor: z.number().positive(),
    /** No order for more than this many days is lapsed whatever the rhythm; null for no limit. */
    lapsedAfterDays: z.number().positive().nullable(),
    /** No order for more than this many days is lost whatever the rhythm; null for no limit. */
    lostAfterDays: z.number().positive().nullable(),
    /** With at least this many gaps the usual gap is the median of the customer's own gaps. */
    minGapsForOwnRhythm: z.number().int().min(1),
    /** Which percentile of the shop's first-to-second-order gaps stands in for one-day buyers (0.5 = median). */
    secondOrderGapPercentile: z.number().min(0).max(1),
    /** No usual gap is taken as shorter than this, so a daily regular is not at risk after a weekend. */
    minUsualGapDays: z.number().min(0),
    /** The stand-in gap while nobody has ordered on a second day yet. */
    usualGapWithoutRepeatBuyersDays: z.number().positive(),
  })
  .refine((s) => s.atRiskFactor <= s.lapsedFactor && s.lapsedFactor <= s.lostFactor, {
    message: 'the factors must grow from at risk to lapsed to lost',
    path: ['lapsedFactor'],
  })
  .refine(
    (s) => s.lapsedAfterDays === null || s.lostAfterDays === null || s.lapsedAfterDays <= s.lostAfterDays,
    {
      message: 'the lapsed day limit cannot be longer than the lost one',
      path: ['lapsedAfterDays'],
    },
  );

export type LifecycleSettings = z.infer<typeof LifecycleSettings>;

export const DEFAULT_LIFECYCLE_SETTINGS: LifecycleSettings = {
  newWithinDays: 30,
  atRiskFactor: 1.5,
  lapsedFactor: 3,
  lostFactor: 5,
  lapsedAfterDays: 180,
  lostAfterDays: 365,
  minGapsForOwnRhythm: 2,
  secondOrderGapPercentile: 0.5,
  minUsualGapDays: 7,
  usualGapWithoutRepeatBuyersDays: 30,
};
