import { PatronError } from '../../errors/index.ts';
import { type Store, sql } from '../../store/index.ts';
import { readRule } from './read-rule.ts';
import { refreshSegments, type SegmentRefresh } from './refresh-segments.ts';

export interface NewSegment {
  name: string;
  rule: string;
  description?: string;
}

/**
 * Saves a segment (the rule is read and type-checked first) and computes its members.
 *
 * @example
 * await createSegment(store, { name: 'regulars', rule: 'number_of_orders >= 3 AND last_order_date > -30d' });
 */
export async function createSegment(store: Store, segment: NewSegment): Promise<SegmentRefresh> {
  const name = segment.name.trim();
  if (!/^[\p{L}\p{N}][\p{L}\p{N} _.-]{0,63}$/u.test(name)) {
    throw new PatronError(
      'bad_segment_name',
      `'${segment.name}' is not a usable segment name: use letters, digits, spaces, _ . or -, at most 64 characters.`,
    );
  }
  const node = readRule(segment.rule);
  const exists = await store.one(sql`SELECT 1 AS x FROM segments WHERE name = ${name}`);
  if (exists)
    throw new PatronError(
      'segment_exists',
      `A segment named '${name}' already exists. Pick another name or delete it first.`,
    );
  await store.run(sql`INSERT INTO segments VALUES ((SELECT coalesce(max(segment_id), 0) + 1 FROM segments), ${name},
    ${segment.description ?? null}, ${segment.rule}, ${JSON.stringify(node)}, now()::TIMESTAMP, now()::TIMESTAMP)`);
  const [refreshed] = await refreshSegments(store, [name]);
  return refreshed as SegmentRefresh;
}

/** Deletes a segment; its current members leave (written to the outbox) and its history goes with it. */
export async function deleteSegment(store: Store, name: string): Promise<void> {
  const row = await store.one<{ segment_id: bigint }>(
    sql`SELECT segment_id FROM segments WHERE name = ${name}`,
  );
  if (!row)
    throw new PatronError(
      'unknown_segment',
      `There is no segment named '${name}'. See \`patron segments list\`.`,
    );
  await store.transaction(async () => {
    await store.run(sql`INSERT INTO segment_outbox SELECT segment_id, customer_id, 'exit', now()::TIMESTAMP, NULL
      FROM segment_members WHERE segment_id = ${row.segment_id} AND exited_at IS NULL`);
    await store.run(sql`DELETE FROM segment_members WHERE segment_id = ${row.segment_id}`);
    await store.run(sql`DELETE FROM segments WHERE segment_id = ${row.segment_id}`);
  });
}
