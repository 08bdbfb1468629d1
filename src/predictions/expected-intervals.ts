import {
  type ModelFit,
  type PurchaseHistories,
  predictPurchases,
  purchaseModelParams,
} from '../models/btyd/index.ts';

const Z95 = 1.959963984540054;
const STEP = 1e-4;

/**
 * 95 % intervals for each customer's expected purchases by the delta method on the log scale:
 * var(log E) ≈ gᵀ Σ g with g = ∂log E/∂log θ (forward differences, one extra prediction per
 * parameter) and Σ the covariance of the log-parameters from the observed information; the
 * interval is E · exp(±1.96 sd), so it stays positive. NaN when the covariance is unknown.
 */
export function expectedIntervals(
  fit: ModelFit,
  h: PurchaseHistories,
  horizon: number,
  expected: Float64Array,
): { low: Float64Array; high: Float64Array } {
  const n = h.n;
  const low = new Float64Array(n).fill(Number.NaN);
  const high = new Float64Array(n).fill(Number.NaN);
  const cov = fit.logCovariance;
  if (!cov) return { low, high };
  const names = Object.keys(fit.params);
  const k = names.length;
  const logBase = Float64Array.from(expected, Math.log);
  const slopes = names.map((name) => {
    const params = { ...fit.params, [name]: (fit.params[name] as number) * Math.exp(STEP) };
    const moved = predictPurchases(purchaseModelParams({ model: fit.model, params }), h, horizon).expected;
    return Float64Array.from(moved, (v, i) => (Math.log(v) - (logBase[i] as number)) / STEP);
  });
  for (let i = 0; i < n; i++) {
    const e = expected[i] as number;
    if (!(e > 0)) {
      low[i] = 0;
      high[i] = 0;
      continue;
    }
    let variance = 0;
    for (let a = 0; a < k; a++)
      for (let b = 0; b < k; b++)
        variance +=
          ((slopes[a] as Float64Array)[i] as number) *
          (cov[a * k + b] as number) *
          ((slopes[b] as Float64Array)[i] as number);
    const sd = Math.sqrt(Math.max(variance, 0));
    if (!Number.isFinite(sd)) continue;
    low[i] = e * Math.exp(-Z95 * sd);
    high[i] = e * Math.exp(Z95 * sd);
  }
  return { low, high };
}
