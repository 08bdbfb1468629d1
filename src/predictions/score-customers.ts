import {
  drawParameters,
  gammaGammaExpectedSpend,
  type ModelFit,
  medianWait,
  predictPurchases,
  purchaseModelParams,
} from '../models/btyd/index.ts';
import type { CustomerSummaries } from './customer-summaries.ts';
import type { SpendEstimate } from './spend-estimate.ts';

export interface ScoreOptions {
  horizonDays: number;
  unitDays: number;
  /** Share of revenue kept as profit (1 = revenue CLV). */
  margin: number;
  /** Yearly discount rate for future revenue (0 = none). */
  annualDiscountRate: number;
  /** Parameter draws for prediction intervals (0 = none). */
  intervalDraws: number;
  seed: number;
}

/** Per-customer predictions as columns; NaN marks "no value" (stored as NULL). */
export interface CustomerScores {
  pAlive: Float64Array;
  expected: Float64Array;
  expectedLow: Float64Array;
  expectedHigh: Float64Array;
  spend: Float64Array;
  clv: Float64Array;
  clvLow: Float64Array;
  clvHigh: Float64Array;
  nextOrderDays: Float64Array;
  averageDaysBetween: Float64Array;
}

const MONTH_DAYS = 365.25 / 12;

/**
 * Scores every customer from a fitted purchase model and the spend estimate: P(alive), expected
 * orders and CLV over the horizon (discounted month by month when a rate is given), the median
 * wait for the next order, and 95 % intervals for orders and CLV from parameter draws (parameter
 * uncertainty only, spend taken as known).
 */
export function scoreCustomers(
  fit: ModelFit,
  s: CustomerSummaries,
  spendEstimate: SpendEstimate,
  o: ScoreOptions,
): CustomerScores {
  const h = s.histories;
  const n = h.n;
  const fitted = purchaseModelParams(fit);
  const horizon = o.horizonDays / o.unitDays;
  const { pAlive, expected } = predictPurchases(fitted, h, horizon);
  const spend = new Float64Array(n);
  const nextOrderDays = new Float64Array(n);
  const averageDaysBetween = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = h.x[i] as number;
    spend[i] =
      spendEstimate.kind === 'gamma_gamma'
        ? gammaGammaExpectedSpend(spendEstimate.params, x, x > 0 ? (s.monetary[i] as number) : 0)
        : (s.totalAmount[i] as number) / (x + 1);
    const wait = medianWait(fitted.params.r, fitted.params.alpha, x, h.T[i] as number) * o.unitDays;
    nextOrderDays[i] = (pAlive[i] as number) >= 0.1 && wait <= 3 * 365 ? wait : Number.NaN;
    averageDaysBetween[i] = x > 0 ? ((h.tx[i] as number) / x) * o.unitDays : Number.NaN;
  }
  const clv = new Float64Array(n);
  if (o.annualDiscountRate > 0) {
    // Month-by-month increments of expected orders, each discounted to today.
    const steps = Math.ceil(o.horizonDays / MONTH_DAYS);
    let previous: Float64Array = new Float64Array(n);
    for (let k = 1; k <= steps; k++) {
      const days = Math.min(k * MONTH_DAYS, o.horizonDays);
      const now = predictPurchases(fitted, h, days / o.unitDays).expected;
      const factor = (1 + o.annualDiscountRate) ** (-days / 365.25);
      for (let i = 0; i < n; i++)
        clv[i] = (clv[i] as number) + ((now[i] as number) - (previous[i] as number)) * factor;
      previous = now;
    }
  } else {
    clv.set(expected);
  }
  const scale = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    // CLV per expected order (discounting folded in), so intervals scale the same way.
    scale[i] =
      (expected[i] as number) > 0
        ? ((clv[i] as number) / (expected[i] as number)) * (spend[i] as number) * o.margin
        : 0;
    clv[i] = (clv[i] as number) * (spend[i] as number) * o.margin;
  }
  const expectedLow = new Float64Array(n).fill(Number.NaN);
  const expectedHigh = new Float64Array(n).fill(Number.NaN);
  const draws = o.intervalDraws > 0 ? drawParameters(fit, o.intervalDraws, o.seed) : [];
  if (draws.length > 1) {
    const m = draws.length;
    const values = new Float64Array(n * m);
    draws.forEach((params, d) => {
      const e = predictPurchases(purchaseModelParams({ model: fit.model, params }), h, horizon).expected;
      for (let i = 0; i < n; i++) values[i * m + d] = e[i] as number;
    });
    for (let i = 0; i < n; i++) {
      const sorted = values.subarray(i * m, (i + 1) * m).sort();
      expectedLow[i] = quantile(sorted, 0.025);
      expectedHigh[i] = quantile(sorted, 0.975);
    }
  }
  const clvLow = expectedLow.map((v, i) => v * (scale[i] as number));
  const clvHigh = expectedHigh.map((v, i) => v * (scale[i] as number));
  return {
    pAlive,
    expected,
    expectedLow,
    expectedHigh,
    spend,
    clv,
    clvLow,
    clvHigh,
    nextOrderDays,
    averageDaysBetween,
  };
}

function quantile(sorted: Float64Array, q: number): number {
  const at = q * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (at - lo);
}
