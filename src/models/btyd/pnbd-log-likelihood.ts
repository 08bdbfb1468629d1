import { digamma, gammaln } from '../special/index.ts';
import { paretoLogA0 } from './pnbd-a0.ts';
import type { PurchaseHistories } from './purchase-histories.ts';

/**
 * Pareto/NBD log-likelihood summed over customers (Schmittlein, Morrison & Colombo 1987, in the form
 * of Fader, Hardie & Shang's 2005 note, eq. 3), at log-parameters (log r, log α, log s, log β);
 * fills ∂LL/∂log θ into `gradient` when given. The difference A0(tx) − A0(T) is taken in log
 * space (log1p(−e^(Δ))) and the two ways the data can arise are combined by log-sum-exp.
 *
 * @example
 * const ll = pnbdLogLikelihood(histories, Float64Array.of(Math.log(0.55), Math.log(10.6), Math.log(0.61), Math.log(11.7)));
 */
export function pnbdLogLikelihood(
  h: PurchaseHistories,
  logParams: Float64Array,
  gradient?: Float64Array,
): number {
  const r = Math.exp(logParams[0] as number);
  const alpha = Math.exp(logParams[1] as number);
  const s = Math.exp(logParams[2] as number);
  const beta = Math.exp(logParams[3] as number);
  const k = h.distinctX.length;
  const lgRX = new Float64Array(k);
  const psiRX = new Float64Array(k);
  for (let g = 0; g < k; g++) {
    const x = h.distinctX[g] as number;
    lgRX[g] = gammaln(r + x);
    if (gradient) psiRX[g] = digamma(r + x);
  }
  const lgR = gammaln(r);
  const psiR = gradient ? digamma(r) : 0;
  const logAlpha = Math.log(alpha);
  const logBeta = Math.log(beta);
  const logS = Math.log(s);
  let total = 0;
  let gr = 0;
  let gAlpha = 0;
  let gs = 0;
  let gBeta = 0;
  const { x: xs, tx: txs, T: Ts, group, n } = h;
  for (let i = 0; i < n; i++) {
    const x = xs[i] as number;
    const tx = txs[i] as number;
    const T = Ts[i] as number;
    const g = group[i] as number;
    const rsx = r + s + x;
    const head = (lgRX[g] as number) - lgR + r * logAlpha + s * logBeta;
    const logAT = Math.log(alpha + T);
    const logBT = Math.log(beta + T);
    const t1 = -(r + x) * logAT - s * logBT;
    let t2 = Number.NEGATIVE_INFINITY;
    let a0tx: ReturnType<typeof paretoLogA0> | undefined;
    let a0T: ReturnType<typeof paretoLogA0> | undefined;
    let share = 0; // e^(A0(T) − A0(tx))
    if (tx < T) {
      a0tx = paretoLogA0(r, alpha, s, beta, x, tx);
      a0T = paretoLogA0(r, alpha, s, beta, x, T);
      share = Math.exp(a0T.value - a0tx.value);
      if (share < 1) t2 = logS - Math.log(rsx) + a0tx.value + Math.log1p(-share);
    }
    const m = Math.max(t1, t2);
    const e1 = Math.exp(t1 - m);
    const e2 = Math.exp(t2 - m);
    total += head + m + Math.log(e1 + e2);
    if (gradient) {
      const w2 = e2 / (e1 + e2);
      const w1 = 1 - w2;
      gr += (psiRX[g] as number) - psiR + logAlpha - w1 * logAT;
      gAlpha += r / alpha - w1 * ((r + x) / (alpha + T));
      gs += logBeta - w1 * logBT;
      gBeta += s / beta - w1 * (s / (beta + T));
      if (w2 > 0 && a0tx && a0T) {
        // d log(e^A − e^B) = (dA − w dB) / (1 − w), w = e^(B − A)
        const q = 1 / (1 - share);
        gr += w2 * (-1 / rsx + (a0tx.dr - share * a0T.dr) * q);
        gs += w2 * (1 / s - 1 / rsx + (a0tx.ds - share * a0T.ds) * q);
        gAlpha += w2 * (a0tx.dAlpha - share * a0T.dAlpha) * q;
        gBeta += w2 * (a0tx.dBeta - share * a0T.dBeta) * q;
      }
    }
  }
  if (gradient) {
    gradient[0] = gr * r;
    gradient[1] = gAlpha * alpha;
    gradient[2] = gs * s;
    gradient[3] = gBeta * beta;
  }
  return total;
}
