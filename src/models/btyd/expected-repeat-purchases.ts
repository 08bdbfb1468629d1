import { hyp2f1 } from '../special/index.ts';
import { assertNever } from './assert-never.ts';
import type { PurchaseModelParams } from './btyd-params.ts';

/**
 * E[X(t)]: expected repeat purchases of a new customer in their first t time units, for the
 * tracking plot of cumulative repeat purchases. BG/NBD: Fader, Hardie & Lee 2005, eq. 7;
 * MBG/NBD: Batislam et al. 2007, eq. 9; Pareto/NBD: Schmittlein et al. 1987, eq. 17.
 *
 * @example
 * expectedRepeatPurchases({ model: 'bgnbd', params: { r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 } }, 52); // 1.4306
 */
export function expectedRepeatPurchases(fitted: PurchaseModelParams, t: number): number {
  if (t <= 0) return 0;
  switch (fitted.model) {
    case 'bgnbd': {
      const { r, alpha, a, b } = fitted.params;
      const z = t / (alpha + t);
      return ((a + b - 1) / (a - 1)) * (1 - (alpha / (alpha + t)) ** r * hyp2f1(r, b, a + b - 1, z));
    }
    case 'mbgnbd': {
      const { r, alpha, a, b } = fitted.params;
      const z = t / (alpha + t);
      return ((a + b) / (a - 1)) * (1 - (alpha / (alpha + t)) ** r * hyp2f1(r, b + 1, a + b, z));
    }
    case 'pnbd': {
      const { r, alpha, s, beta } = fitted.params;
      const logU = Math.log(beta / (beta + t));
      const ratio = Math.abs(s - 1) < 1e-12 ? -logU : -Math.expm1((s - 1) * logU) / (s - 1);
      return ((r * beta) / alpha) * ratio;
    }
    default:
      return assertNever(fitted);
  }
}
