import { assertNever } from './assert-never.ts';
import { bgnbdConditionalExpected, bgnbdPAlive } from './bgnbd-expectations.ts';
import type { PurchaseModelParams } from './btyd-params.ts';
import { mbgnbdConditionalExpected, mbgnbdPAlive } from './mbgnbd-expectations.ts';
import { pnbdConditionalExpected, pnbdPAlive } from './pnbd-expectations.ts';
import type { PurchaseHistories } from './purchase-histories.ts';

export interface PurchasePredictions {
  /** P(still a customer at T). */
  pAlive: Float64Array;
  /** Expected purchases in (T, T + horizon]. */
  expected: Float64Array;
}

/**
 * Per-customer P(alive) and expected purchases over `horizon` (in the histories' time unit).
 *
 * @example
 * const { pAlive, expected } = predictPurchases({ model: 'bgnbd', params }, histories, 39);
 */
export function predictPurchases(
  fitted: PurchaseModelParams,
  h: PurchaseHistories,
  horizon: number,
): PurchasePredictions {
  const pAlive = new Float64Array(h.n);
  const expected = new Float64Array(h.n);
  for (let i = 0; i < h.n; i++) {
    const x = h.x[i] as number;
    const tx = h.tx[i] as number;
    const T = h.T[i] as number;
    switch (fitted.model) {
      case 'bgnbd':
        pAlive[i] = bgnbdPAlive(fitted.params, x, tx, T);
        expected[i] = bgnbdConditionalExpected(fitted.params, horizon, x, tx, T);
        break;
      case 'mbgnbd':
        pAlive[i] = mbgnbdPAlive(fitted.params, x, tx, T);
        expected[i] = mbgnbdConditionalExpected(fitted.params, horizon, x, tx, T);
        break;
      case 'pnbd':
        pAlive[i] = pnbdPAlive(fitted.params, x, tx, T);
        // P(alive) is the costly part (two 2F1 series): computed once, passed on.
        expected[i] = pnbdConditionalExpected(fitted.params, horizon, x, tx, T, pAlive[i]);
        break;
      default:
        assertNever(fitted);
    }
  }
  return { pAlive, expected };
}
