/** One row of the calibration table: customers grouped by calibration repeat purchases. */
export interface CalibrationRow {
  /** '0' … '6', or '7+'. */
  purchases: string;
  customers: number;
  mean_actual: number;
  mean_predicted: number;
}

export interface HoldoutMetrics {
  customers: number;
  expected_total: number;
  actual_total: number;
  /** (expected − actual) / actual; null when no holdout purchases. */
  aggregate_error: number | null;
  mae: number;
  /** Pearson correlation of predicted and actual holdout purchases; null when either is constant. */
  correlation: number | null;
  calibration_table: CalibrationRow[];
}

/**
 * Predicted against actual holdout purchases: totals, per-customer MAE and correlation, and the
 * calibration table by calibration purchases 0 … 7+ (Fader, Hardie & Lee 2005, figure 4).
 *
 * @example
 * const m = holdoutMetrics(expected, actual, histories.x);
 */
export function holdoutMetrics(
  predicted: Float64Array,
  actual: Float64Array,
  x: Float64Array,
): HoldoutMetrics {
  const n = predicted.length;
  let sp = 0;
  let sa = 0;
  let abs = 0;
  for (let i = 0; i < n; i++) {
    sp += predicted[i] as number;
    sa += actual[i] as number;
    abs += Math.abs((predicted[i] as number) - (actual[i] as number));
  }
  const mp = sp / n;
  const ma = sa / n;
  let cov = 0;
  let vp = 0;
  let va = 0;
  for (let i = 0; i < n; i++) {
    const dp = (predicted[i] as number) - mp;
    const da = (actual[i] as number) - ma;
    cov += dp * da;
    vp += dp * dp;
    va += da * da;
  }
  const groups = Array.from({ length: 8 }, () => ({ customers: 0, actual: 0, predicted: 0 }));
  for (let i = 0; i < n; i++) {
    const g = groups[Math.min(7, x[i] as number)] as { customers: number; actual: number; predicted: number };
    g.customers++;
    g.actual += actual[i] as number;
    g.predicted += predicted[i] as number;
  }
  return {
    customers: n,
    expected_total: sp,
    actual_total: sa,
    aggregate_error: sa > 0 ? (sp - sa) / sa : null,
    mae: n > 0 ? abs / n : 0,
    correlation: vp > 0 && va > 0 ? cov / Math.sqrt(vp * va) : null,
    calibration_table: groups.map((g, k) => ({
      purchases: k === 7 ? '7+' : String(k),
      customers: g.customers,
      mean_actual: g.customers ? g.actual / g.customers : 0,
      mean_predicted: g.customers ? g.predicted / g.customers : 0,
    })),
  };
}
