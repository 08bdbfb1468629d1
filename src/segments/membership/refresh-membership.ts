import { type Sql, type Store, sql } from '../../store/index.ts';

export interface MembershipChange {
  entered: number;
  exited: number;
  size: number;
}

/**
 * Brings one segment's membership up to date with its compiled rule (a condition over the
 * `customer_profile` row aliased `p`): newcomers enter, leavers exit (their row keeps
 * `exited_at`), and every change is written to the outbox for activation to deliver.
 * Running it again with nothing new changes nothing. `profile` may name a snapshot of the
 * `customer_profile` view taken once for a batch of segments.
 */
export async function refreshMembership(
  store: Store,
  segmentId: number,
  condition: Sql,
  at: string,
  profile = 'customer_profile',
): Promise<MembershipChange> {
  const when = sql`CAST(${at} AS TIMESTAMP)`;
  await store.run(sql`CREATE OR REPLACE TEMP TABLE segment_now AS
    SELECT p.customer_id FROM ${sql.ident(profile)} p WHERE ${condition}`);
  await store.run(sql`CREATE OR REPLACE TEMP TABLE segment_diff AS
    SELECT coalesce(n.customer_id, m.customer_id) AS customer_id, CASE WHEN m.customer_id IS NULL THEN 'enter' ELSE 'exit' END AS change
    FROM segment_now n
    FULL JOIN (SELECT customer_id FROM segment_members WHERE segment_id = ${segmentId} AND exited_at IS NULL) m USING (customer_id)
    WHERE n.customer_id IS NULL OR m.customer_id IS NULL`);
  await store.run(sql`UPDATE segment_members SET exited_at = ${when}
    WHERE segment_id = ${segmentId} AND exited_at IS NULL
      AND customer_id IN (SELECT customer_id FROM segment_diff WHERE change = 'exit')`);
  await store.run(sql`INSERT INTO segment_members
    SELECT ${segmentId}, customer_id, ${when}, NULL FROM segment_diff WHERE change = 'enter'`);
  await store.run(
    sql`INSERT INTO segment_outbox SELECT ${segmentId}, customer_id, change, ${when}, NULL FROM segment_diff`,
  );
  const counts = await store.one<{ entered: bigint; exited: bigint; size: bigint }>(sql`SELECT
      (SELECT count(*) FROM segment_diff WHERE change = 'enter') AS entered,
      (SELECT count(*) FROM segment_diff WHERE change = 'exit') AS exited,
      (SELECT count(*) FROM segment_now) AS size`);
  await store.run(sql`DROP TABLE segment_now`);
  await store.run(sql`DROP TABLE segment_diff`);
  return {
    entered: Number(counts?.entered ?? 0),
    exited: Number(counts?.exited ?? 0),
    size: Number(counts?.size ?? 0),
  };
}
