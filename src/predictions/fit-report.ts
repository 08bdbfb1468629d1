import type { ModelFit } from '../models/btyd/index.ts';
import type { ModelComparisonRow } from './compare-purchase-models.ts';
import type { HoldoutMetrics } from './holdout-metrics.ts';

/** What `patron fit` prints as JSON (snake_case, as the issue names the fields). */
export interface FitReport {
  model: string;
  params: Record<string, number>;
  log_likelihood: number;
  standard_errors: Record<string, number | null>;
  intervals: Record<string, [number, number] | null>;
  customers: number;
  converged: boolean;
  iterations: number;
  aic: number;
  bic: number;
  unit?: string;
  comparison?: ModelComparisonRow[];
  reason?: string;
  holdout?: HoldoutMetrics & { length: number; calibration_end: string; holdout_end: string };
  skipped_rows?: number;
}

/** A fit as the CLI and API show it. */
export function toFitReport(fit: ModelFit): FitReport {
  return {
    model: fit.model,
    params: fit.params,
    log_likelihood: fit.logLikelihood,
    standard_errors: fit.standardErrors,
    intervals: fit.intervals,
    customers: fit.n,
    converged: fit.converged,
    iterations: fit.iterations,
    aic: fit.aic,
    bic: fit.bic,
  };
}
