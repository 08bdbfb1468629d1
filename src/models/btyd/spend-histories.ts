import { PatronError } from '../../errors/index.ts';

/** Repeat customers' spend: `x` repeat purchases (> 0) and `m` the mean value of those purchases (> 0). */
export interface SpendHistories {
  n: number;
  x: Float64Array;
  m: Float64Array;
  distinctX: Float64Array;
  group: Uint32Array;
}

/**
 * Checks and indexes spend summaries for Gamma-Gamma. Rows must be repeat buyers with a positive mean.
 *
 * @example
 * const s = prepareSpendHistories({ x: [2, 1], m: [22.35, 11.77] });
 */
export function prepareSpendHistories(input: { x: ArrayLike<number>; m: ArrayLike<number> }): SpendHistories {
  const n = input.x.length;
  const x = Float64Array.from(input.x);
  const m = Float64Array.from(input.m);
  for (let i = 0; i < n; i++) {
    const xi = x[i] as number;
    const mi = m[i] as number;
    if (!Number.isInteger(xi) || xi < 1)
      throw new PatronError(
        'invalid_summary',
        `Row ${i + 1}: frequency is ${xi}; spend needs repeat buyers (1 or more).`,
        { row: i + 1, column: 'frequency' },
      );
    if (!Number.isFinite(mi) || mi <= 0)
      throw new PatronError(
        'invalid_summary',
        `Row ${i + 1}: monetary_value is ${mi}; it must be a positive amount.`,
        { row: i + 1, column: 'monetary_value' },
      );
  }
  const distinct = [...new Set(x)].sort((a, b) => a - b);
  const index = new Map(distinct.map((v, i) => [v, i]));
  const group = new Uint32Array(n);
  for (let i = 0; i < n; i++) group[i] = index.get(x[i] as number) as number;
  return { n, x, m, distinctX: Float64Array.from(distinct), group };
}
