import { logAddExp } from '../special/index.ts';
import type { ParetoParams } from './btyd-params.ts';
import { paretoLogA0 } from './pnbd-a0.ts';

/**
 * P(alive | x, tx, T) under Pareto/NBD (Fader, Hardie & Shang's note, eq. 5): 1 / (1 + e^(t2 − t1))
 * with the same log-space pieces as the likelihood.
 */
export function pnbdPAlive({ r, alpha, s, beta }: ParetoParams, x: number, tx: number, T: number): number {
  if (tx >= T) return 1;
  const a0tx = paretoLogA0(r, alpha, s, beta, x, tx).value;
  const a0T = paretoLogA0(r, alpha, s, beta, x, T).value;
  const share = Math.exp(a0T - a0tx);
  if (!(share < 1)) return 1;
  const t1 = -(r + x) * Math.log(alpha + T) - s * Math.log(beta + T);
  const t2 = Math.log(s) - Math.log(r + s + x) + a0tx + Math.log1p(-share);
  return Math.exp(t1 - logAddExp(t1, t2));
}

/**
 * E[purchases in (T, T + t] | x, tx, T] under Pareto/NBD (Schmittlein et al. 1987, eq. 22):
 * (r+x)(β+T)/((α+T)(s−1)) · [1 − ((β+T)/(β+T+t))^(s−1)] · P(alive), with the s → 1 limit taken
 * by expm1 so that s near 1 loses no digits.
 */
export function pnbdConditionalExpected(
  params: ParetoParams,
  t: number,
  x: number,
  tx: number,
  T: number,
  pAlive = pnbdPAlive(params, x, tx, T),
): number {
  if (t <= 0) return 0;
  const { r, alpha, s, beta } = params;
  const logU = Math.log((beta + T) / (beta + T + t));
  const ratio = Math.abs(s - 1) < 1e-12 ? -logU : -Math.expm1((s - 1) * logU) / (s - 1);
  return (((r + x) * (beta + T)) / (alpha + T)) * ratio * pAlive;
}
