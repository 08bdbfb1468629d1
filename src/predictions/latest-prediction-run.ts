import { type Store, sql } from '../store/index.ts';
import type { BtydRunReport } from './btyd-run-report.ts';

export interface StoredPredictionRun {
  run_id: string;
  kind: string;
  model: string;
  created_at: string;
  as_of: string | null;
  inputs: string[];
  report: BtydRunReport;
}

/**
 * The newest prediction run of a kind (default 'btyd'), or undefined before the first.
 *
 * @example
 * const run = await latestPredictionRun(store); // run.report.validation.grade …
 */
export async function latestPredictionRun(
  store: Store,
  kind = 'btyd',
): Promise<StoredPredictionRun | undefined> {
  const row = await store.one<{
    run_id: string;
    kind: string;
    model: string;
    created_at: string;
    as_of: string | null;
    inputs: string;
    report: string;
  }>(
    sql`SELECT run_id, kind, model, strftime(created_at, '%Y-%m-%dT%H:%M:%S') AS created_at,
      strftime(as_of, '%Y-%m-%d') AS as_of, CAST(inputs AS VARCHAR) AS inputs, CAST(report AS VARCHAR) AS report
    FROM prediction_runs WHERE kind = ${kind} ORDER BY prediction_runs.created_at DESC, run_id DESC LIMIT 1`,
  );
  if (!row) return undefined;
  return {
    ...row,
    inputs: JSON.parse(row.inputs) as string[],
    report: JSON.parse(row.report) as BtydRunReport,
  };
}
