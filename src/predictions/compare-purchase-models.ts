import {
  fitMaximumLikelihood,
  type ModelFit,
  PURCHASE_MODEL_NAMES,
  type PurchaseHistories,
  type PurchaseModelId,
  predictPurchases,
  purchaseModelParams,
  purchaseModels,
} from '../models/btyd/index.ts';
import { holdoutMetrics } from './holdout-metrics.ts';

export interface ModelComparisonRow {
  model: PurchaseModelId;
  log_likelihood: number;
  bic: number;
  converged: boolean;
  holdout_mae: number | null;
  holdout_correlation: number | null;
  /** Why the model is not usable (did not converge, parameters not identified, predictions failed). */
  note?: string;
}

export interface ModelComparison {
  fits: Partial<Record<PurchaseModelId, ModelFit>>;
  rows: ModelComparisonRow[];
  chosen: PurchaseModelId;
  reason: string;
}

/**
 * Fits the candidate purchase models and picks one: by holdout MAE when a holdout is given (the
 * error that matters for predictions), unless its BIC is worse by more than 10 (strong evidence
 * against it); by BIC otherwise. The reason says which numbers decided.
 *
 * @example
 * const { chosen, reason } = comparePurchaseModels(calibration, ['bgnbd', 'mbgnbd', 'pnbd'], { actual, length: 39 });
 */
export function comparePurchaseModels(
  h: PurchaseHistories,
  candidates: readonly PurchaseModelId[],
  holdout?: { actual: Float64Array; length: number },
): ModelComparison {
  const fits: Partial<Record<PurchaseModelId, ModelFit>> = {};
  const rows: ModelComparisonRow[] = [];
  for (const id of candidates) {
    const fit = fitMaximumLikelihood(purchaseModels[id], h);
    fits[id] = fit;
    let mae: number | null = null;
    let correlation: number | null = null;
    let note: string | undefined = fit.converged ? undefined : fit.message;
    if (holdout && holdout.length > 0) {
      try {
        const { expected } = predictPurchases(purchaseModelParams(fit), h, holdout.length);
        const m = holdoutMetrics(expected, holdout.actual, h.x);
        if (!Number.isFinite(m.mae)) throw new Error('non-finite predictions');
        mae = m.mae;
        correlation = m.correlation;
      } catch (error) {
        note = `its predictions could not be computed (${(error as Error).message})`;
      }
    }
    rows.push({
      model: id,
      log_likelihood: fit.logLikelihood,
      bic: fit.bic,
      converged: fit.converged && note === undefined,
      holdout_mae: mae,
      holdout_correlation: correlation,
      ...(note ? { note } : {}),
    });
  }
  const usable = rows.filter((r) => r.converged && Number.isFinite(r.log_likelihood));
  const pool = usable.length > 0 ? usable : rows;
  const byBic = [...pool].sort((a, b) => a.bic - b.bic);
  const bestBic = byBic[0] as ModelComparisonRow;
  const name = (r: ModelComparisonRow) => PURCHASE_MODEL_NAMES[r.model];
  if (pool.length === 1)
    return { fits, rows, chosen: bestBic.model, reason: `${name(bestBic)} was the only model asked for.` };
  const withHoldout = pool.filter((r) => r.holdout_mae !== null);
  if (withHoldout.length === pool.length) {
    const byMae = [...withHoldout].sort((a, b) => (a.holdout_mae as number) - (b.holdout_mae as number));
    const bestMae = byMae[0] as ModelComparisonRow;
    if (bestMae.bic - bestBic.bic <= 10) {
      return {
        fits,
        rows,
        chosen: bestMae.model,
        reason: `${name(bestMae)} predicted the held-out period best (per-customer error ${bestMae.holdout_mae?.toFixed(3)} against ${byMae
          .slice(1)
          .map((r) => `${r.holdout_mae?.toFixed(3)} for ${name(r)}`)
          .join(
            ', ',
          )})${bestMae.model === bestBic.model ? ' and has the lowest BIC' : `, and its BIC is within 10 of the lowest (${name(bestBic)})`}.`,
      };
    }
    return {
      fits,
      rows,
      chosen: bestBic.model,
      reason: `${name(bestBic)} has the lowest BIC (${bestBic.bic.toFixed(1)}); ${name(bestMae)} predicted the holdout slightly better but its BIC is worse by ${(bestMae.bic - bestBic.bic).toFixed(1)}, strong evidence against it.`,
    };
  }
  return {
    fits,
    rows,
    chosen: bestBic.model,
    reason: `${name(bestBic)} has the lowest BIC (${bestBic.bic.toFixed(1)} against ${byBic
      .slice(1)
      .map((r) => `${r.bic.toFixed(1)} for ${name(r)}`)
      .join(', ')}); no holdout was available to compare predictions.`,
  };
}
