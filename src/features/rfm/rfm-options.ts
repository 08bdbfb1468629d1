import { z } from 'zod';

const ascending = (cuts: readonly number[]) => cuts.every((c, i) => i === 0 || c > (cuts[i - 1] as number));

/**
 * How to score one RFM dimension: by rank (the default) or by cut points the owner chose.
 * Cut points are four ascending values of the metric: for recency, days at or under the first
 * score 5, under the second 4, and so on; for frequency and monetary, values at or above the
 * first score 2, the second 3, the third 4, the fourth 5.
 */
export const RfmScoring = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rank') }),
  z.object({
    kind: z.literal('cuts'),
    cuts: z
      .tuple([z.number(), z.number(), z.number(), z.number()])
      .refine(ascending, 'cut points must be ascending'),
  }),
]);
export type RfmScoring = z.infer<typeof RfmScoring>;

export const RfmOptions = z.object({ r: RfmScoring, f: RfmScoring, m: RfmScoring });
export type RfmOptions = z.infer<typeof RfmOptions>;

export const DEFAULT_RFM_OPTIONS: RfmOptions = {
  r: { kind: 'rank' },
  f: { kind: 'rank' },
  m: { kind: 'rank' },
};
