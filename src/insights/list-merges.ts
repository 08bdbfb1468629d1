import { type Store, sql } from '../store/index.ts';

export interface MergeRow {
  import_id: number;
  kept_customer_id: number;
  merged_customer_id: number;
  rule: string;
  matched_value: string;
  merged_at: string;
}

/** Every identity merge: which profiles became one, by which rule and value. */
export async function listMerges(store: Store): Promise<MergeRow[]> {
  const rows = await store.all<
    Record<string, unknown>
  >(sql`SELECT import_id, kept_customer_id, merged_customer_id, rule, matched_value,
    strftime(merged_at, '%Y-%m-%d %H:%M:%S') AS merged_at FROM identity_merges ORDER BY merged_at, merged_customer_id`);
  return rows.map((r) => ({
    import_id: Number(r.import_id),
    kept_customer_id: Number(r.kept_customer_id),
    merged_customer_id: Number(r.merged_customer_id),
    rule: String(r.rule),
    matched_value: String(r.matched_value),
    merged_at: String(r.merged_at),
  }));
}
