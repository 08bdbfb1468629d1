import { type Store, sql } from '../../store/index.ts';
import type { LifecycleVerdict } from './classify-lifecycle.ts';

/**
 * Replaces `customer_lifecycle` with these verdicts as of `asOf`. Rows go through a temp table by
 * the appender, so a million customers are not a million statements.
 *
 * @example
 * await writeLifecycle(store, '2024-07-01', [{ customer_id: 1n, stage: 'new', expectedGapDays: 11, reason: '…' }]);
 */
export async function writeLifecycle(
  store: Store,
  asOf: string | null,
  staged: readonly (LifecycleVerdict & { customer_id: bigint })[],
): Promise<void> {
  await store.run(sql`DELETE FROM customer_lifecycle`);
  if (asOf === null || staged.length === 0) return;
  await store.run(sql`CREATE OR REPLACE TEMP TABLE lifecycle_new (
      customer_id BIGINT NOT NULL, stage VARCHAR NOT NULL, expected_gap_days DOUBLE, reason VARCHAR)`);
  const appender = await store.appender('lifecycle_new');
  for (const c of staged) {
    appender.appendBigInt(c.customer_id);
    appender.appendVarchar(c.stage);
    appender.appendDouble(c.expectedGapDays);
    appender.appendVarchar(c.reason);
    appender.endRow();
  }
  appender.closeSync();
  await store.run(sql`INSERT INTO customer_lifecycle
    SELECT customer_id, CAST(${asOf} AS DATE), stage, expected_gap_days, reason FROM lifecycle_new`);
  await store.run(sql`DROP TABLE lifecycle_new`);
}
