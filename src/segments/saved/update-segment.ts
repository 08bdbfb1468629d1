import { PatronError } from '../../errors/index.ts';
import { type Store, sql } from '../../store/index.ts';
import { readRule } from './read-rule.ts';
import { refreshSegments, type SegmentRefresh } from './refresh-segments.ts';

export interface SegmentChange {
  name?: string;
  rule?: string;
  description?: string | null;
}

/**
 * Renames a saved segment, changes its rule or description, and refreshes its members. Members
 * keep their history: those still matching stay in, the rest exit (written to the outbox).
 *
 * @example
 * await updateSegment(store, 3, { rule: 'number_of_orders >= 4' });
 */
export async function updateSegment(
  store: Store,
  segmentId: number,
  change: SegmentChange,
): Promise<SegmentRefresh> {
  const current = await store.one<{ name: string }>(
    sql`SELECT name FROM segments WHERE segment_id = ${segmentId}`,
  );
  if (!current) throw new PatronError('unknown_segment', 'There is no such segment.');
  const name = change.name?.trim() ?? current.name;
  if (name !== current.name) {
    if (!/^[\p{L}\p{N}][\p{L}\p{N} _.-]{0,63}$/u.test(name))
      throw new PatronError(
        'bad_segment_name',
        `'${name}' is not a usable segment name: use letters, digits, spaces, _ . or -, at most 64 characters.`,
      );
    const taken = await store.one(sql`SELECT 1 AS x FROM segments WHERE name = ${name}`);
    if (taken)
      throw new PatronError('segment_exists', `A segment named '${name}' already exists. Pick another name.`);
    await store.run(
      sql`UPDATE segments SET name = ${name}, updated_at = now()::TIMESTAMP WHERE segment_id = ${segmentId}`,
    );
  }
  if (change.rule !== undefined) {
    const node = readRule(change.rule);
    await store.run(sql`UPDATE segments SET rule_text = ${change.rule}, rule_json = ${JSON.stringify(node)},
      updated_at = now()::TIMESTAMP WHERE segment_id = ${segmentId}`);
  }
  if (change.description !== undefined)
    await store.run(sql`UPDATE segments SET description = ${change.description},
      updated_at = now()::TIMESTAMP WHERE segment_id = ${segmentId}`);
  const [refreshed] = await refreshSegments(store, [name]);
  return refreshed as SegmentRefresh;
}
