import { type Store, sql } from '../../store/index.ts';

export interface QuarantinePage {
  total: number;
  rows: { row: number; column: string | null; value: string | null; code: string; reason: string }[];
}

/** One import's rejected rows with reasons, in file order, a page at a time (limit null: all). */
export async function quarantinePage(
  store: Store,
  importId: number,
  limit: number | null,
  offset = 0,
): Promise<QuarantinePage> {
  const total = await store.one<{ n: bigint }>(
    sql`SELECT count(*) AS n FROM quarantine WHERE import_id = ${importId}`,
  );
  const page = limit === null ? sql`` : sql`LIMIT ${limit} OFFSET ${offset}`;
  const rows = await store.all<
    Record<string, unknown>
  >(sql`SELECT row_no, column_name, raw_value, code, reason
    FROM quarantine WHERE import_id = ${importId} ORDER BY row_no, column_name ${page}`);
  return {
    total: Number(total?.n ?? 0),
    rows: rows.map((r) => ({
      row: Number(r.row_no),
      column: (r.column_name as string | null) ?? null,
      value: (r.raw_value as string | null) ?? null,
      code: String(r.code),
      reason: String(r.reason),
    })),
  };
}
