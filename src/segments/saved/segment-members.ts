import { PatronError } from '../../errors/index.ts';
import { type Store, sql } from '../../store/index.ts';

/** Current members of a segment with their main fields, for CSV export. */
export async function segmentMembers(store: Store, name: string): Promise<Record<string, unknown>[]> {
  const segment = await store.one<{ segment_id: bigint }>(
    sql`SELECT segment_id FROM segments WHERE name = ${name}`,
  );
  if (!segment)
    throw new PatronError(
      'unknown_segment',
      `There is no segment named '${name}'. See \`patron segments list\`.`,
    );
  const rows = await store.all<
    Record<string, unknown>
  >(sql`SELECT p.customer_id, p.email, p.first_name, p.last_name, p.country,
      p.number_of_orders, round(p.amount_spent, 2) AS amount_spent, strftime(p.last_order_date, '%Y-%m-%d') AS last_order_date,
      p.rfm_group, p.lifecycle_stage, strftime(m.entered_at, '%Y-%m-%d %H:%M:%S') AS entered_at
    FROM segment_members m JOIN customer_profile p USING (customer_id)
    WHERE m.segment_id = ${segment.segment_id} AND m.exited_at IS NULL ORDER BY p.customer_id`);
  return rows.map((r) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])),
  );
}
