import {
  fitMaximumLikelihood,
  type GammaGammaParams,
  gammaGammaModel,
  type ModelFit,
  prepareSpendHistories,
} from '../models/btyd/index.ts';
import type { CustomerSummaries } from './customer-summaries.ts';

/** Fewest repeat buyers for a Gamma-Gamma fit; below it each customer's own average is used. */
const MIN_SPEND_BUYERS = 10;

export type SpendEstimate =
  | { kind: 'gamma_gamma'; params: GammaGammaParams; fit: ModelFit }
  | { kind: 'own_average'; reason: string };

/**
 * The spend model: Gamma-Gamma on repeat buyers' mean repeat-order value when there are enough of
 * them and the fit has a finite population mean (q > 1); otherwise each customer's own average
 * order value, with the reason.
 */
export function estimateSpend(s: CustomerSummaries): SpendEstimate {
  const rows: number[] = [];
  for (let i = 0; i < s.histories.n; i++) {
    if ((s.histories.x[i] as number) > 0 && (s.monetary[i] as number) > 0) rows.push(i);
  }
  if (rows.length < MIN_SPEND_BUYERS)
    return {
      kind: 'own_average',
      reason: `Only ${rows.length} repeat buyers with a positive order value (Gamma-Gamma needs ${MIN_SPEND_BUYERS}); each customer's own average order value is used.`,
    };
  const spend = prepareSpendHistories({
    x: rows.map((i) => s.histories.x[i] as number),
    m: rows.map((i) => s.monetary[i] as number),
  });
  const fit = fitMaximumLikelihood(gammaGammaModel, spend);
  const params = { p: fit.params.p as number, q: fit.params.q as number, v: fit.params.v as number };
  if (!fit.converged || !(params.q > 1))
    return {
      kind: 'own_average',
      reason: `The Gamma-Gamma spend model ${fit.converged ? `has q = ${params.q.toFixed(2)} ≤ 1 (no finite average)` : 'did not converge'}; each customer's own average order value is used.`,
    };
  return { kind: 'gamma_gamma', params, fit };
}
