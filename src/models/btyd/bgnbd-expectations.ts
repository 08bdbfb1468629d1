import { hyp2f1 } from '../special/index.ts';
import type { BgnbdParams } from './btyd-params.ts';

/**
 * P(alive | x, tx, T) under BG/NBD (Fader, Hardie & Lee 2005, eq. 11). A customer with no repeat
 * purchase is alive by construction of the model.
 */
export function bgnbdPAlive({ r, alpha, a, b }: BgnbdParams, x: number, tx: number, T: number): number {
  if (x === 0) return 1;
  // (α+T)/(α+tx) raised to r+x, in logs to avoid overflow for frequent buyers
  const logOdds = Math.log(a / (b + x - 1)) + (r + x) * Math.log((alpha + T) / (alpha + tx));
  return 1 / (1 + Math.exp(logOdds));
}

/**
 * E[purchases in (T, T + t] | x, tx, T] under BG/NBD (Fader, Hardie & Lee 2005, eq. 10).
 *
 * @example
 * bgnbdConditionalExpected({ r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 }, 39, 2, 30.43, 38.86); // 1.2235…
 */
export function bgnbdConditionalExpected(
  { r, alpha, a, b }: BgnbdParams,
  t: number,
  x: number,
  tx: number,
  T: number,
): number {
  if (t <= 0) return 0;
  const z = t / (alpha + T + t);
  const power = Math.exp((r + x) * Math.log((alpha + T) / (alpha + T + t)));
  const numerator = ((a + b + x - 1) / (a - 1)) * (1 - power * hyp2f1(r + x, b + x, a + b + x - 1, z));
  const logOdds =
    x > 0 ? Math.log(a / (b + x - 1)) + (r + x) * Math.log((alpha + T) / (alpha + tx)) : -Infinity;
  return numerator / (1 + Math.exp(logOdds));
}

/** E[X(t)]: expected purchases of a new customer in their first t (eq. 7). */
export function bgnbdExpected({ r, alpha, a, b }: BgnbdParams, t: number): number {
  return (
    ((a + b - 1) / (a - 1)) * (1 - (alpha / (alpha + t)) ** r * hyp2f1(r, b, a + b - 1, t / (alpha + t)))
  );
}
