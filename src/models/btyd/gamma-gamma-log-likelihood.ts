import { digamma, gammaln } from '../special/index.ts';
import type { SpendHistories } from './spend-histories.ts';

/**
 * Gamma-Gamma log-likelihood of customers' mean repeat spend (Fader, Hardie & Lee 2005, "RFM and
 * CLV", eq. 3: the density of the mean m of x purchases), at log-parameters (log p, log q, log v);
 * fills ∂LL/∂log θ into `gradient` when given.
 *
 * @example
 * const ll = gammaGammaLogLikelihood(spend, Float64Array.of(Math.log(6.25), Math.log(3.74), Math.log(15.44)));
 */
export function gammaGammaLogLikelihood(
  h: SpendHistories,
  logParams: Float64Array,
  gradient?: Float64Array,
): number {
  const p = Math.exp(logParams[0] as number);
  const q = Math.exp(logParams[1] as number);
  const v = Math.exp(logParams[2] as number);
  const k = h.distinctX.length;
  const constX = new Float64Array(k);
  const psiPXQ = new Float64Array(k);
  const psiPX = new Float64Array(k);
  const lgQ = gammaln(q);
  const logV = Math.log(v);
  for (let g = 0; g < k; g++) {
    const x = h.distinctX[g] as number;
    constX[g] = gammaln(p * x + q) - gammaln(p * x) - lgQ + q * logV + p * x * Math.log(x);
    if (gradient) {
      psiPXQ[g] = digamma(p * x + q);
      psiPX[g] = digamma(p * x);
    }
  }
  const psiQ = gradient ? digamma(q) : 0;
  let total = 0;
  let gp = 0;
  let gq = 0;
  let gv = 0;
  const { x: xs, m: ms, group, n } = h;
  for (let i = 0; i < n; i++) {
    const x = xs[i] as number;
    const m = ms[i] as number;
    const g = group[i] as number;
    const logM = Math.log(m);
    const logVMX = Math.log(v + m * x);
    total += (constX[g] as number) + (p * x - 1) * logM - (p * x + q) * logVMX;
    if (gradient) {
      gp += x * ((psiPXQ[g] as number) - (psiPX[g] as number) + logM + Math.log(x) - logVMX);
      gq += (psiPXQ[g] as number) - psiQ + logV - logVMX;
      gv += q / v - (p * x + q) / (v + m * x);
    }
  }
  if (gradient) {
    gradient[0] = gp * p;
    gradient[1] = gq * q;
    gradient[2] = gv * v;
  }
  return total;
}
