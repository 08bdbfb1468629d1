import { digamma, gammaln } from '../special/index.ts';
import type { PurchaseHistories } from './purchase-histories.ts';

const logBeta = (a: number, b: number) => gammaln(a) + gammaln(b) - gammaln(a + b);

/**
 * MBG/NBD log-likelihood summed over customers (Batislam, Denizel & Filiztekin 2007: a customer may
 * also drop out right after the first purchase), at log-parameters (log r, log α, log a, log b);
 * fills ∂LL/∂log θ into `gradient` when given.
 *
 * @example
 * const ll = mbgnbdLogLikelihood(histories, Float64Array.of(Math.log(0.52), Math.log(6.2), Math.log(0.89), Math.log(1.6)));
 */
export function mbgnbdLogLikelihood(
  h: PurchaseHistories,
  logParams: Float64Array,
  gradient?: Float64Array,
): number {
  const r = Math.exp(logParams[0] as number);
  const alpha = Math.exp(logParams[1] as number);
  const a = Math.exp(logParams[2] as number);
  const b = Math.exp(logParams[3] as number);
  const k = h.distinctX.length;
  const base = new Float64Array(k);
  const b1 = new Float64Array(k); // log B(a, b + x + 1)
  const b2 = new Float64Array(k); // log B(a + 1, b + x)
  const dBase = new Float64Array(k * 3); // ∂base/∂r, ∂a, ∂b
  const d1 = new Float64Array(k * 2); // ∂b1/∂a, ∂b
  const d2 = new Float64Array(k * 2); // ∂b2/∂a, ∂b
  const logAlpha = Math.log(alpha);
  const lgR = gammaln(r);
  const lbAB = logBeta(a, b);
  const psiR = digamma(r);
  const psiA = digamma(a);
  const psiA1 = digamma(a + 1);
  const psiAB = digamma(a + b);
  const psiB = digamma(b);
  for (let g = 0; g < k; g++) {
    const x = h.distinctX[g] as number;
    base[g] = gammaln(r + x) - lgR + r * logAlpha - lbAB;
    b1[g] = logBeta(a, b + x + 1);
    b2[g] = logBeta(a + 1, b + x);
    if (gradient) {
      const psiABX1 = digamma(a + b + x + 1);
      dBase[g * 3] = digamma(r + x) - psiR + logAlpha;
      dBase[g * 3 + 1] = -(psiA - psiAB);
      dBase[g * 3 + 2] = -(psiB - psiAB);
      d1[g * 2] = psiA - psiABX1;
      d1[g * 2 + 1] = digamma(b + x + 1) - psiABX1;
      d2[g * 2] = psiA1 - psiABX1;
      d2[g * 2 + 1] = digamma(b + x) - psiABX1;
    }
  }
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
    const logAtx = Math.log(alpha + (txs[i] as number));
    const t1 = (b1[g] as number) - (r + x) * logAT;
    const t2 = (b2[g] as number) - (r + x) * logAtx;
    // log-sum-exp of "alive at T" and "dropped out after the last purchase"
    const m = Math.max(t1, t2);
    const e1 = Math.exp(t1 - m);
    const e2 = Math.exp(t2 - m);
    total += (base[g] as number) + m + Math.log(e1 + e2);
    if (gradient) {
      const w1 = e1 / (e1 + e2);
      const w2 = 1 - w1;
      gr += (dBase[g * 3] as number) - w1 * logAT - w2 * logAtx;
      gAlpha +=
        r / alpha -
        w1 * ((r + x) / (alpha + (Ts[i] as number))) -
        w2 * ((r + x) / (alpha + (txs[i] as number)));
      ga += (dBase[g * 3 + 1] as number) + w1 * (d1[g * 2] as number) + w2 * (d2[g * 2] as number);
      gb += (dBase[g * 3 + 2] as number) + w1 * (d1[g * 2 + 1] as number) + w2 * (d2[g * 2 + 1] as number);
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
