import { type Store, sql } from '../store/index.ts';

/** Inserts one row of prediction_runs (kind 'btyd'). */
export async function recordRun(
  store: Store,
  run: { runId: string; model: string; asOf: string | null; inputs: readonly string[]; report: unknown },
): Promise<void> {
  await store.run(sql`INSERT INTO prediction_runs VALUES (${run.runId}, 'btyd', ${run.model}, now()::TIMESTAMP,
    CAST(${run.asOf} AS DATE), ${JSON.stringify(run.inputs)}, ${JSON.stringify(run.report)})`);
}
