import { type Store, sql } from '../../store/index.ts';

export interface SegmentOverlap {
  segments: string[];
  /** counts[i][j]: customers currently in both segment i and segment j (the diagonal is each size). */
  counts: number[][];
}

/** How many customers each pair of saved segments shares right now. */
export async function segmentOverlap(store: Store): Promise<SegmentOverlap> {
  const names = await store.all<{ segment_id: bigint; name: string }>(
    sql`SELECT segment_id, name FROM segments ORDER BY name`,
  );
  const pairs = await store.all<{ a: bigint; b: bigint; n: bigint }>(sql`
    SELECT x.segment_id AS a, y.segment_id AS b, count(*) AS n
    FROM segment_members x JOIN segment_members y ON x.customer_id = y.customer_id
    WHERE x.exited_at IS NULL AND y.exited_at IS NULL GROUP BY 1, 2`);
  const index = new Map(names.map((s, i) => [Number(s.segment_id), i]));
  const counts = names.map(() => names.map(() => 0));
  for (const p of pairs) {
    const [i, j] = [index.get(Number(p.a)), index.get(Number(p.b))];
    if (i !== undefined && j !== undefined) (counts[i] as number[])[j] = Number(p.n);
  }
  return { segments: names.map((s) => s.name), counts };
}
