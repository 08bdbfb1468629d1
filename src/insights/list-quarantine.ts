import { type Store, sql } from '../store/index.ts';

export interface QuarantineRow {
  import_id: number;
  file: string;
  row: number;
  column: string | null;
  value: string | null;
  code: string;
  reason: string;
}

/** Rejected rows with their reasons, for one import or all of them, in file order. */
export async function listQuarantine(store: Store, importId?: number): Promise<QuarantineRow[]> {
  const filter = importId === undefined ? sql`true` : sql`import_id = ${importId}`;
  const rows = await store.all<
    Record<string, unknown>
  >(sql`SELECT import_id, file_name, row_no, column_name, raw_value, code, reason
    FROM quarantine WHERE ${filter} ORDER BY import_id, row_no`);
  return rows.map((r) => ({
    import_id: Number(r.import_id),
    file: String(r.file_name),
    row: Number(r.row_no),
    column: (r.column_name as string | null) ?? null,
    value: (r.raw_value as string | null) ?? null,
    code: String(r.code),
    reason: String(r.reason),
  }));
}
