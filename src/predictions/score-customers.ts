import {
  gammaGammaExpectedSpend,
  type ModelFit,
  medianWait,
  predictPurchases,
  purchaseModelParams,
} from '../models/btyd/index.ts';
import type { CustomerSummaries } from './customer-summaries.ts';
import { expectedIntervals } from './expected-intervals.ts';
import type { SpendEstimate } from './spend-estimate.ts';

export interface ScoreOptions {
  horizonDays: number;
  unitDays: number;
  /** Share of revenue kept as profit (1 = revenue CLV). */
  margin: number;
  /** Yearly discount rate for future revenue (0 = none). */
  annualDiscountRate: number;
  /** 95 % intervals for expected orders and CLV (delta method; k extra predictions). */
  intervals: boolean;
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
 * wait for the next order, and 95 % intervals for orders and CLV from the parameters' covariance
 * (parameter uncertainty only, spend taken as known).
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
  const { low: expectedLow, high: expectedHigh } = o.intervals
    ? expectedIntervals(fit, h, horizon, expected)
    : { low: nanColumn(n), high: nanColumn(n) };
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

function nanColumn(n: number): Float64Array {
  return new Float64Array(n).fill(Number.NaN);
}
