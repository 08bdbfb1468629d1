import { resolveAsOf } from '../features/index.ts';
import {
  PURCHASE_MODEL_NAMES,
  type PurchaseModelId,
  predictPurchases,
  purchaseModelParams,
} from '../models/btyd/index.ts';
import type { Store } from '../store/index.ts';
import { addDays, daysBetween } from './add-days.ts';
import { checkModelSupport } from './check-model-support.ts';
import { comparePurchaseModels, type ModelComparisonRow } from './compare-purchase-models.ts';
import { readCustomerSummaries } from './customer-summaries.ts';
import { firstOrderDay } from './first-order-day.ts';
import { type CalibrationRow, holdoutMetrics } from './holdout-metrics.ts';
import { isUnsupported } from './is-unsupported.ts';
import { orderDaysSql } from './order-days-sql.ts';
import { type TimeUnit, UNIT_DAYS } from './time-unit.ts';
import { type TrackingPoint, trackingSeries } from './tracking-series.ts';
import { gradeTrust, type TrustGrade } from './trust-grade.ts';

export interface ValidationOptions {
  /** Last day of the calibration period; default: 75 % of the way from the first order to the end. */
  calibrationEnd?: string;
  /** The analysis date (orders before it count); default: the day after the last order. */
  asOf?: string;
  unit?: TimeUnit;
  models?: readonly PurchaseModelId[];
}

export type ValidationReport =
  | {
      status: 'ok';
      calibration_start: string;
      calibration_end: string;
      holdout_end: string;
      unit: TimeUnit;
      holdout_length: number;
      customers: number;
      model: PurchaseModelId;
      model_name: string;
      choice_reason: string;
      comparison: ModelComparisonRow[];
      params: Record<string, number>;
      intervals: Record<string, [number, number] | null>;
      aggregate: { expected_total: number; actual_total: number; aggregate_error: number | null };
      mae: number;
      correlation: number | null;
      calibration_table: CalibrationRow[];
      grade: TrustGrade['grade'];
      grade_reason: string;
      tracking: TrackingPoint[];
    }
  | { status: 'not_possible'; code: string; reason: string; calibration_end: string | null };

/**
 * Checks the purchase models on the shop's own history: fit on the calibration period, predict
 * the held-out rest, and compare with what customers actually did. Writes nothing.
 *
 * @example
 * const report = await validatePredictions(store); // { status: 'ok', grade: 'B', correlation: 0.63, … }
 */
export async function validatePredictions(
  store: Store,
  options: ValidationOptions = {},
): Promise<ValidationReport> {
  const unit = options.unit ?? 'week';
  const asOf = await resolveAsOf(store, options.asOf);
  if (!asOf)
    return notPossible(
      'no_orders',
      'There are no orders yet, so there is nothing to check predictions against.',
      null,
    );
  const end = addDays(asOf, -1);
  const source = orderDaysSql();
  const start = await firstOrderDay(store, source, end);
  if (!start) return notPossible('no_orders', `There are no orders before ${asOf}.`, null);
  const span = daysBetween(start, end);
  const calibrationEnd = options.calibrationEnd ?? addDays(start, Math.round(0.75 * span));
  if (calibrationEnd < start || calibrationEnd >= end)
    return notPossible(
      'no_holdout',
      `The calibration end ${calibrationEnd} must fall between the first order (${start}) and the last day with orders (${end}); ${span < 8 ? 'the history is too short to hold any of it out. Import a longer order history.' : 'choose a date in between.'}`,
      calibrationEnd,
    );
  const summaries = await readCustomerSummaries(store, source, {
    periodEnd: calibrationEnd,
    holdoutEnd: end,
    unit,
  });
  try {
    checkModelSupport(summaries.histories);
  } catch (error) {
    if (!isUnsupported(error)) throw error;
    return notPossible(
      error.code,
      `Before the calibration end ${calibrationEnd}: ${error.message}`,
      calibrationEnd,
    );
  }
  const length = daysBetween(calibrationEnd, end) / UNIT_DAYS[unit];
  const h = summaries.histories;
  const comparison = comparePurchaseModels(h, options.models ?? ['bgnbd', 'mbgnbd', 'pnbd'], {
    actual: summaries.holdout,
    length,
  });
  const fit = comparison.fits[comparison.chosen];
  if (!fit) throw new Error('the chosen model has no fit');
  const fitted = purchaseModelParams(fit);
  const { expected } = predictPurchases(fitted, h, length);
  const metrics = holdoutMetrics(expected, summaries.holdout, h.x);
  const grade = gradeTrust(metrics);
  return {
    status: 'ok',
    calibration_start: start,
    calibration_end: calibrationEnd,
    holdout_end: end,
    unit,
    holdout_length: length,
    customers: h.n,
    model: comparison.chosen,
    model_name: PURCHASE_MODEL_NAMES[comparison.chosen],
    choice_reason: comparison.reason,
    comparison: comparison.rows,
    params: fit.params,
    intervals: fit.intervals,
    aggregate: {
      expected_total: metrics.expected_total,
      actual_total: metrics.actual_total,
      aggregate_error: metrics.aggregate_error,
    },
    mae: metrics.mae,
    correlation: metrics.correlation,
    calibration_table: metrics.calibration_table,
    grade: grade.grade,
    grade_reason: grade.reason,
    tracking: await trackingSeries(store, source, fitted, { start, calibrationEnd, end, unit }),
  };
}

function notPossible(code: string, reason: string, calibrationEnd: string | null): ValidationReport {
  return { status: 'not_possible', code, reason, calibration_end: calibrationEnd };
}
