import { digamma, gammaln } from '../special/index.ts';
import type { PurchaseHistories } from './purchase-histories.ts';

/**
 * BG/NBD log-likelihood summed over customers (Fader, Hardie & Lee 2005, eq. 6, in log space with
 * log-sum-exp), at log-parameters (log r, log α, log a, log b). When `gradient` is given, its
 * four entries receive ∂LL/∂log r … ∂LL/∂log b.
 *
 * @example
 * const ll = bgnbdLogLikelihood(histories, Float64Array.of(Math.log(0.24), Math.log(4.4), Math.log(0.79), Math.log(2.4)));
 */
export function bgnbdLogLikelihood(
  h: PurchaseHistories,
  logParams: Float64Array,
  gradient?: Float64Array,
): number {
  const r = Math.exp(logParams[0] as number);
  const alpha = Math.exp(logParams[1] as number);
  const a = Math.exp(logParams[2] as number);
  const b = Math.exp(logParams[3] as number);
  const k = h.distinctX.length;
  // Terms that depend on x only, once per distinct x.
  const constX = new Float64Array(k);
  const dConstR = new Float64Array(k);
  const dConstA = new Float64Array(k);
  const dConstB = new Float64Array(k);
  const lgR = gammaln(r);
  const lgAB = gammaln(a + b);
  const lgB = gammaln(b);
  const psiR = digamma(r);
  const psiAB = digamma(a + b);
  const psiB = digamma(b);
  const logAlpha = Math.log(alpha);
  for (let g = 0; g < k; g++) {
    const x = h.distinctX[g] as number;
    constX[g] = gammaln(r + x) - lgR + r * logAlpha + lgAB + gammaln(b + x) - lgB - gammaln(a + b + x);
    if (gradient) {
      const psiABX = digamma(a + b + x);
      dConstR[g] = digamma(r + x) - psiR + logAlpha;
      dConstA[g] = psiAB - psiABX;
      dConstB[g] = psiAB + digamma(b + x) - psiB - psiABX;
    }
  }
  const logA = Math.log(a);
  let total = 0;
  let gr = 0;
  let gAlpha = 0;
  let ga = 0;
  let gb = 0;
  const { x: xs, tx: txs, T: Ts, group, n } = h;
  for (let i = 0; i < n; i++) {
    const x = xs[i] as number;
    const g = group[i] as number;
    const logAT = Math.log(alpha + (Ts[i] as number));
    const a3 = -(r + x) * logAT;
    let ll: number;
    let w = 0; // share of the "dropped out after the last purchase" term
    let logAtx = 0;
    if (x > 0) {
      logAtx = Math.log(alpha + (txs[i] as number));
      const a4 = logA - Math.log(b + x - 1) - (r + x) * logAtx;
      // log-sum-exp of the two ways the data can arise
      if (a3 > a4) {
        const e = Math.exp(a4 - a3);
        ll = a3 + Math.log1p(e);
        w = e / (1 + e);
      } else {
        const e = Math.exp(a3 - a4);
        ll = a4 + Math.log1p(e);
        w = 1 / (1 + e);
      }
    } else {
      ll = a3;
    }
    total += (constX[g] as number) + ll;
    if (gradient) {
      const v = 1 - w;
      gr += (dConstR[g] as number) - v * logAT - w * logAtx;
      gAlpha += r / alpha - v * ((r + x) / (alpha + (Ts[i] as number)));
      if (x > 0) gAlpha -= w * ((r + x) / (alpha + (txs[i] as number)));
      ga += (dConstA[g] as number) + w / a;
      gb += (dConstB[g] as number) - (x > 0 ? w / (b + x - 1) : 0);
    }
  }
  if (gradient) {
    gradient[0] = gr * r;
    gradient[1] = gAlpha * alpha;
    gradient[2] = ga * a;
    gradient[3] = gb * b;
  }
  return total;
}
