import { z } from 'zod';

/** Shares of customers, ranked by net amount spent, that make the high and medium tiers; the rest are low. */
export const ValueTierSettings = z
  .object({
    highShare: z.number().min(0).max(1),
    mediumShare: z.number().min(0).max(1),
  })
  .refine((s) => s.highShare + s.mediumShare <= 1, {
    message: 'the high and medium shares cannot add up to more than 1 (100 % of customers)',
    path: ['mediumShare'],
  });

export type ValueTierSettings = z.infer<typeof ValueTierSettings>;

export const DEFAULT_VALUE_TIER_SETTINGS: ValueTierSettings = { highShare: 0.2, mediumShare: 0.3 };
