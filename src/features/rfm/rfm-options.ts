/**
 * How to score one RFM dimension: by rank (the default) or by cut points the owner chose.
 * Cut points are four ascending values of the metric: for recency, days at or under the first
 * score 5, under the second 4, and so on; for frequency and monetary, values at or above the
 * first score 2, the second 3, the third 4, the fourth 5.
 */
export type RfmScoring = { kind: 'rank' } | { kind: 'cuts'; cuts: readonly [number, number, number, number] };

export interface RfmOptions {
  r: RfmScoring;
  f: RfmScoring;
  m: RfmScoring;
}

export const DEFAULT_RFM_OPTIONS: RfmOptions = {
  r: { kind: 'rank' },
  f: { kind: 'rank' },
  m: { kind: 'rank' },
};
