import type { Store } from '../store/index.ts';
import {
  type PredictionOptions,
  type PredictionRunResult,
  refreshPredictions,
} from './refresh-predictions.ts';

/**
 * `patron predict`: refits and stores predictions for a horizon and as-of date, and returns the
 * run (model, reason, validation grade, totals, what is uncertain).
 *
 * @example
 * const run = await predictCustomers(store, { horizonDays: 365 });
 */
export function predictCustomers(
  store: Store,
  options: { horizonDays?: number; asOf?: string } & PredictionOptions = {},
): Promise<PredictionRunResult> {
  return refreshPredictions(store, options);
}
