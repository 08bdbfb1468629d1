import { type Store, sql } from '../../store/index.ts';

export interface PropensityScore {
  customerId: bigint;
  probability: number;
  explanation: unknown;
}

/**
 * Records a propensity run and replaces every stored score with `scores` (none when the run was
 * skipped, so no stale score outlives the data it came from), in one transaction. `scores` may be
 * a generator: rows are appended as they come.
 */
export async function writePropensityRun(
  store: Store,
  run: {
    runId: string;
    model: string;
    asOf: string | null;
    inputs: unknown;
    report: unknown;
    horizonDays: number;
  },
  scores: Iterable<PropensityScore>,
): Promise<void> {
  await store.transaction(async () => {
    await store.run(sql`INSERT INTO prediction_runs VALUES (${run.runId}, 'propensity', ${run.model},
      CAST(current_timestamp AS TIMESTAMP), CAST(${run.asOf} AS DATE), CAST(${JSON.stringify(run.inputs)} AS JSON),
      CAST(${JSON.stringify(run.report)} AS JSON))`);
    await store.run(sql`DELETE FROM customer_propensity`);
    await store.run(sql`CREATE OR REPLACE TEMP TABLE propensity_new (
      customer_id BIGINT NOT NULL, probability DOUBLE NOT NULL, explanation VARCHAR)`);
    const appender = await store.appender('propensity_new');
    for (const s of scores) {
      appender.appendBigInt(s.customerId);
      appender.appendDouble(s.probability);
      appender.appendVarchar(JSON.stringify(s.explanation));
      appender.endRow();
    }
    appender.closeSync();
    await store.run(sql`INSERT INTO customer_propensity
      SELECT customer_id, ${run.runId}, CAST(${run.horizonDays} AS INTEGER), probability, CAST(explanation AS JSON)
      FROM propensity_new`);
    await store.run(sql`DROP TABLE propensity_new`);
  });
}
