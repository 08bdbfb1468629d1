import { randomUUID } from 'node:crypto';
import { resolveAsOf } from '../features/index.ts';
import {
  fitMaximumLikelihood,
  PURCHASE_MODEL_NAMES,
  type PurchaseModelId,
  purchaseModels,
} from '../models/btyd/index.ts';
import { type Store, sql } from '../store/index.ts';
import { addDays } from './add-days.ts';
import { type BtydRunReport, DEFINITIONS } from './btyd-run-report.ts';
import { checkModelSupport } from './check-model-support.ts';
import { comparePurchaseModels, type ModelComparisonRow } from './compare-purchase-models.ts';
import { readCustomerSummaries } from './customer-summaries.ts';
import { describeUncertainty } from './describe-uncertainty.ts';
import { isUnsupported } from './is-unsupported.ts';
import { orderDaysSql } from './order-days-sql.ts';
import { recordRun } from './record-run.ts';
import { scoreCustomers } from './score-customers.ts';
import { estimateSpend } from './spend-estimate.ts';
import { type TimeUnit, UNIT_DAYS } from './time-unit.ts';
import { validatePredictions } from './validate-predictions.ts';
import { writePredictions } from './write-predictions.ts';

export interface PredictionOptions {
  asOf?: string;
  horizonDays?: number;
  unit?: TimeUnit;
  models?: readonly PurchaseModelId[];
  margin?: number;
  annualDiscountRate?: number;
  calibrationEnd?: string;
  /** Per-customer 95 % intervals for orders and CLV (default true). */
  intervals?: boolean;
}

export interface PredictionRunResult {
  run_id: string;
  status: 'ok' | 'refused';
  model: string;
  as_of: string | null;
  report: BtydRunReport;
}

const INPUTS = ['order_date', 'order_amount'] as const;

/**
 * Refits the purchase and spend models on the shop's orders and stores every customer's
 * predictions under a new run id: validation on the shop's own history first (its best model is
 * the one used), then the fit on all of it. When the data cannot support a model the run is
 * recorded as refused with the reason, predictions are cleared (NULL in the profile), and
 * nothing throws: an import never fails because of predictions.
 *
 * @example
 * const run = await refreshPredictions(store, { horizonDays: 365 });
 */
export async function refreshPredictions(
  store: Store,
  options: PredictionOptions = {},
): Promise<PredictionRunResult> {
  const runId = `btyd-${randomUUID()}`;
  const asOf = await resolveAsOf(store, options.asOf);
  const refuse = async (code: string, reason: string, report: Partial<BtydRunReport> = {}) => {
    const r = { ...report, status: 'refused', code, reason, as_of: asOf } as BtydRunReport;
    await store.transaction(async () => {
      await store.run(sql`DELETE FROM customer_predictions`);
      await recordRun(store, { runId, model: 'none', asOf, inputs: INPUTS, report: r });
    });
    return { run_id: runId, status: 'refused' as const, model: 'none', as_of: asOf, report: r };
  };
  if (!asOf)
    return refuse(
      'no_orders',
      'There are no orders yet; predictions start after the first import of orders.',
    );
  try {
    return await fitAndStore(store, runId, asOf, options);
  } catch (error) {
    // An import must never fail because of predictions: the failure is recorded in the run
    // report (and returned to the caller), and the previous predictions are cleared.
    if (isUnsupported(error)) return refuse(error.code, error.message);
    return refuse('prediction_failed', `Predictions could not be computed: ${(error as Error).message}`);
  }
}

async function fitAndStore(
  store: Store,
  runId: string,
  asOf: string,
  options: PredictionOptions,
): Promise<PredictionRunResult> {
  const unit = options.unit ?? 'week';
  const horizonDays = options.horizonDays ?? 365;
  const source = orderDaysSql();
  const summaries = await readCustomerSummaries(store, source, { periodEnd: addDays(asOf, -1), unit });
  const h = summaries.histories;
  checkModelSupport(h);
  // Pareto/NBD costs two series per customer and evaluation: above 30,000 customers only the BG family is compared.
  const models: readonly PurchaseModelId[] =
    options.models ?? (h.n <= 30_000 ? ['bgnbd', 'mbgnbd', 'pnbd'] : ['bgnbd', 'mbgnbd']);
  const validation = await validatePredictions(store, {
    asOf,
    unit,
    ...(options.calibrationEnd ? { calibrationEnd: options.calibrationEnd } : {}),
    models,
  });
  let chosen: PurchaseModelId;
  let choiceReason: string;
  let comparison: ModelComparisonRow[];
  if (validation.status === 'ok') {
    chosen = validation.model;
    choiceReason = `${validation.choice_reason} Checked by fitting up to ${validation.calibration_end} and predicting to ${validation.holdout_end}.`;
    comparison = validation.comparison;
  } else {
    const c = comparePurchaseModels(h, models);
    chosen = c.chosen;
    choiceReason = `${c.reason} Validation was not possible: ${validation.reason}`;
    comparison = c.rows;
  }
  const fit = fitMaximumLikelihood(purchaseModels[chosen], h);
  const spend = estimateSpend(summaries);
  const margin = options.margin ?? 1;
  const annualDiscountRate = options.annualDiscountRate ?? 0;
  const scores = scoreCustomers(fit, summaries, spend, {
    horizonDays,
    unitDays: UNIT_DAYS[unit],
    margin,
    annualDiscountRate,
    intervals: options.intervals ?? true,
  });
  for (const column of [scores.pAlive, scores.expected, scores.clv])
    if (column.some((v) => !Number.isFinite(v)))
      throw new Error(
        `the ${PURCHASE_MODEL_NAMES[chosen]} fit gave a non-finite prediction; the data may hold extreme values`,
      );
  let repeatBuyers = 0;
  let orders = 0;
  let clv = 0;
  let alive = 0;
  for (let i = 0; i < h.n; i++) {
    if ((h.x[i] as number) > 0) repeatBuyers++;
    orders += scores.expected[i] as number;
    clv += scores.clv[i] as number;
    alive += scores.pAlive[i] as number;
  }
  const uncertain = describeUncertainty(fit, repeatBuyers);
  if (validation.status !== 'ok')
    uncertain.push(`Not checked against the shop's own history: ${validation.reason}`);
  if (spend.kind === 'own_average') uncertain.push(spend.reason);
  else
    for (const line of describeUncertainty(spend.fit, repeatBuyers).filter(
      (l) => l.includes('interval') || l.includes('pin down'),
    ))
      uncertain.push(`Spend model: ${line}`);
  const report: BtydRunReport = {
    status: 'ok',
    as_of: asOf,
    unit,
    horizon_days: horizonDays,
    margin,
    annual_discount_rate: annualDiscountRate,
    customers: h.n,
    repeat_buyers: repeatBuyers,
    model: chosen,
    model_name: PURCHASE_MODEL_NAMES[chosen],
    choice_reason: choiceReason,
    comparison,
    params: fit.params,
    standard_errors: fit.standardErrors,
    intervals: fit.intervals,
    log_likelihood: fit.logLikelihood,
    converged: fit.converged,
    spend:
      spend.kind === 'gamma_gamma'
        ? {
            model: 'gamma_gamma',
            params: spend.fit.params,
            standard_errors: spend.fit.standardErrors,
            intervals: spend.fit.intervals,
          }
        : { model: 'own_average', reason: spend.reason },
    validation,
    uncertain,
    totals: { predicted_orders: orders, predicted_clv: clv, mean_p_alive: alive / h.n },
    definitions: DEFINITIONS,
  };
  await store.transaction(async () => {
    await writePredictions(store, runId, asOf, horizonDays, summaries, scores);
    await recordRun(store, { runId, model: chosen, asOf, inputs: INPUTS, report });
  });
  return { run_id: runId, status: 'ok', model: chosen, as_of: asOf, report };
}
