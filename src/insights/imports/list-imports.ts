import { type Store, sql } from '../../store/index.ts';

export interface ImportRunRow {
  import_id: number;
  file: string;
  source: string;
  source_reason: string | null;
  kind: string;
  started_at: string | null;
  rows_read: number;
  rows_loaded: number;
  rows_quarantined: number;
  rows_duplicate: number;
  reconciles: boolean;
  customers_created: number | null;
  orders_created: number | null;
  merges: number | null;
  net_revenue: number | null;
  mapping: Record<string, string>;
  warnings: { code: string; count: number; message: string }[];
}

/** Recorded import runs, newest first (or one of them), with their reconciliation. */
export async function listImports(store: Store, importId?: number): Promise<ImportRunRow[]> {
  const filter = importId === undefined ? sql`true` : sql`import_id = ${importId}`;
  const rows = await store.all<Record<string, unknown>>(sql`
    SELECT import_id, file_name, source, source_reason, record_kind, strftime(started_at, '%Y-%m-%d %H:%M:%S') AS started_at,
      rows_read, rows_loaded, rows_quarantined, rows_duplicate, CAST(summary AS VARCHAR) AS summary,
      CAST(mapping AS VARCHAR) AS mapping, CAST(warnings AS VARCHAR) AS warnings
    FROM import_runs WHERE ${filter} ORDER BY import_id DESC`);
  return rows.map((r) => {
    const summary = r.summary ? (JSON.parse(String(r.summary)) as Record<string, unknown>) : {};
    const n = (k: string) => (typeof summary[k] === 'number' ? (summary[k] as number) : null);
    const [read, loaded, quarantined, duplicate] = [
      r.rows_read,
      r.rows_loaded,
      r.rows_quarantined,
      r.rows_duplicate,
    ].map(Number) as [number, number, number, number];
    return {
      import_id: Number(r.import_id),
      file: String(r.file_name),
      source: String(r.source),
      source_reason: (r.source_reason as string | null) ?? null,
      kind: String(r.record_kind),
      started_at: (r.started_at as string | null) ?? null,
      rows_read: read,
      rows_loaded: loaded,
      rows_quarantined: quarantined,
      rows_duplicate: duplicate,
      reconciles: read === loaded + quarantined + duplicate,
      customers_created: n('customers_created'),
      orders_created: n('orders_created'),
      merges: n('merges'),
      net_revenue: n('net_revenue'),
      mapping: r.mapping ? (JSON.parse(String(r.mapping)) as Record<string, string>) : {},
      warnings: r.warnings ? (JSON.parse(String(r.warnings)) as ImportRunRow['warnings']) : [],
    };
  });
}
