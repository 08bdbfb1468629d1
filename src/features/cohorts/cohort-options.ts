import { z } from 'zod';

/**
 * What a cohort report shows. `by`: one cohort per acquisition month (month of the first sale), or
 * each month split by the category of the first order's largest line, or by the first order's
 * channel. `months`: the last month after acquisition shown (arrays hold months 0..months).
 * `asOf`: orders strictly before it count; default the features' as_of, else the day after the last order.
 */
export const CohortOptions = z.object({
  by: z.enum(['month', 'category', 'channel']).default('month'),
  months: z.number().int().min(0).max(240).default(12),
  asOf: z.iso.date().optional(),
});

export type CohortOptions = z.input<typeof CohortOptions>;

export type CohortSplit = z.output<typeof CohortOptions>['by'];
