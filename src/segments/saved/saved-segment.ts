import { type Store, sql } from '../../store/index.ts';

export interface SavedSegment {
  segment_id: number;
  name: string;
  description: string | null;
  rule: string;
  rule_json: unknown;
  size: number;
}

/** Saved segments with their current size, by name. */
export async function listSegments(store: Store, name?: string): Promise<SavedSegment[]> {
  const filter = name === undefined ? sql`true` : sql`s.name = ${name}`;
  const rows = await store.all<
    Record<string, unknown>
  >(sql`SELECT s.segment_id, s.name, s.description, s.rule_text, CAST(s.rule_json AS VARCHAR) AS rule_json,
      count(m.customer_id) AS size
    FROM segments s LEFT JOIN segment_members m ON m.segment_id = s.segment_id AND m.exited_at IS NULL
    WHERE ${filter} GROUP BY ALL ORDER BY s.name`);
  return rows.map((r) => ({
    segment_id: Number(r.segment_id),
    name: String(r.name),
    description: (r.description as string | null) ?? null,
    rule: String(r.rule_text),
    rule_json: JSON.parse(String(r.rule_json)),
    size: Number(r.size),
  }));
}
