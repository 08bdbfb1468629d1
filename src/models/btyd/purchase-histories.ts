import { PatronError } from '../../errors/index.ts';

/**
 * Repeat-purchase summaries, one entry per customer, in one time unit (weeks or days):
 * `x` repeat purchases, `tx` time from the first to the last purchase, `T` time from the first
 * purchase to the end of the period. Customers are grouped by their distinct `x` so that the
 * special functions of the likelihoods run once per distinct count, not once per customer.
 */
export interface PurchaseHistories {
  n: number;
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  /** Distinct values of x, ascending. */
  distinctX: Float64Array;
  /** For each customer, the index of its x in `distinctX`. */
  group: Uint32Array;
}

export interface PurchaseHistoryInput {
  x: ArrayLike<number>;
  tx: ArrayLike<number>;
  T: ArrayLike<number>;
}

/**
 * Checks and indexes repeat-purchase summaries. A bad row is a PatronError naming the row
 * (1-based) and the column.
 *
 * @example
 * const h = preparePurchaseHistories({ x: [2, 0], tx: [30.43, 0], T: [38.86, 38.86] });
 */
export function preparePurchaseHistories(input: PurchaseHistoryInput): PurchaseHistories {
  const n = input.x.length;
  if (input.tx.length !== n || input.T.length !== n)
    throw new PatronError('length_mismatch', 'frequency, recency and T must have one value per customer.');
  const x = Float64Array.from(input.x);
  const tx = Float64Array.from(input.tx);
  const T = Float64Array.from(input.T);
  for (let i = 0; i < n; i++) {
    const xi = x[i] as number;
    const ti = tx[i] as number;
    const Ti = T[i] as number;
    const where = { row: i + 1 };
    if (!Number.isInteger(xi) || xi < 0)
      throw bad(
        `frequency is ${xi}; it must be a whole number of repeat purchases (0 or more).`,
        where,
        'frequency',
      );
    if (!Number.isFinite(ti) || ti < 0)
      throw bad(`recency is ${ti}; it must be a time of 0 or more.`, where, 'recency');
    // T = 0 (first purchase on the last day) is allowed: such a customer adds nothing to the likelihood.
    if (!Number.isFinite(Ti) || Ti < 0)
      throw bad(`T is ${Ti}; it must be a time of 0 or more since the first purchase.`, where, 'T');
    if (ti > Ti * (1 + 1e-9))
      throw bad(
        `recency ${ti} is later than T ${Ti}; the last purchase cannot be after the end.`,
        where,
        'recency',
      );
    if (xi === 0 && ti !== 0)
      throw bad(`recency is ${ti} with no repeat purchase; it must be 0 then.`, where, 'recency');
    if (ti > Ti) tx[i] = Ti;
  }
  const distinct = [...new Set(x)].sort((a, b) => a - b);
  const index = new Map(distinct.map((v, i) => [v, i]));
  const group = new Uint32Array(n);
  for (let i = 0; i < n; i++) group[i] = index.get(x[i] as number) as number;
  return { n, x, tx, T, distinctX: Float64Array.from(distinct), group };
}

function bad(message: string, where: { row: number }, column: string): PatronError {
  return new PatronError('invalid_summary', `Row ${where.row}: ${message}`, { ...where, column });
}
