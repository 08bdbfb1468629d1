import { hyp2f1 } from '../special/index.ts';
import type { BgnbdParams } from './btyd-params.ts';

/** P(alive | x, tx, T) under MBG/NBD (Batislam et al. 2007): zero-repeat customers can be dead too. */
export function mbgnbdPAlive({ r, alpha, a, b }: BgnbdParams, x: number, tx: number, T: number): number {
  const logOdds = Math.log(a / (b + x)) + (r + x) * Math.log((alpha + T) / (alpha + tx));
  return 1 / (1 + Math.exp(logOdds));
}

/** E[purchases in (T, T + t] | x, tx, T] under MBG/NBD (Batislam et al. 2007, eq. 12). */
export function mbgnbdConditionalExpected(
  { r, alpha, a, b }: BgnbdParams,
  t: number,
  x: number,
  tx: number,
  T: number,
): number {
  if (t <= 0) return 0;
  const z = t / (alpha + T + t);
  const power = Math.exp((r + x) * Math.log((alpha + T) / (alpha + T + t)));
  const numerator = ((a + b + x) / (a - 1)) * (1 - power * hyp2f1(r + x, b + x + 1, a + b + x, z));
  return numerator * mbgnbdPAlive({ r, alpha, a, b }, x, tx, T);
}
