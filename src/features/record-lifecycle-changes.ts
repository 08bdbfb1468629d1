import { type Store, sql } from '../store/index.ts';

/** Keeps the previous stage of every customer whose lifecycle stage changed. */
export async function recordLifecycleChanges(
  store: Store,
  changes: readonly { customer_id: number; from: string | null; to: string }[],
  asOf: string | null,
): Promise<void> {
  if (changes.length === 0 || asOf === null) return;
  await store.run(
    sql`CREATE OR REPLACE TEMP TABLE lifecycle_changes (customer_id BIGINT, from_stage VARCHAR, to_stage VARCHAR)`,
  );
  const appender = await store.appender('lifecycle_changes');
  for (const c of changes) {
    appender.appendBigInt(BigInt(c.customer_id));
    if (c.from === null) appender.appendNull();
    else appender.appendVarchar(c.from);
    appender.appendVarchar(c.to);
    appender.endRow();
  }
  appender.closeSync();
  await store.run(sql`INSERT INTO lifecycle_history
    SELECT customer_id, from_stage, to_stage, CAST(${asOf} AS DATE), now()::TIMESTAMP FROM lifecycle_changes`);
  await store.run(sql`DROP TABLE lifecycle_changes`);
}
