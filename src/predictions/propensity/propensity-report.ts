import { type Store, sql } from '../../store/index.ts';
import { parseJsonCell } from './parse-json-cell.ts';
import type { PropensityRun } from './refresh-propensity.ts';

export interface PropensityReport extends PropensityRun {
  model: string;
  created_at: string;
  inputs: { features: string[]; horizon_days: number; seed: number; protected_excluded: string[] };
}

/**
 * The latest propensity run: status (or why it was skipped), CV metrics, lift table, threshold,
 * inputs and top features. Null before the first run.
 *
 * @example
 * const report = await propensityReport(store); report?.report?.auc_mean
 */
export async function propensityReport(store: Store): Promise<PropensityReport | null> {
  const row = await store.one<{ model: string; created_text: string; inputs: unknown; report: unknown }>(sql`
    SELECT model, strftime(created_at, '%Y-%m-%dT%H:%M:%S') AS created_text, inputs, report
    FROM prediction_runs WHERE kind = 'propensity' ORDER BY prediction_runs.created_at DESC, run_id DESC LIMIT 1`);
  if (!row) return null;
  return {
    ...parseJsonCell<PropensityRun>(row.report),
    model: row.model,
    created_at: row.created_text,
    inputs: parseJsonCell(row.inputs),
  };
}
