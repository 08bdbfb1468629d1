import type { Field, RecordKind } from './mapping/fields.ts';

export interface ImportWarning {
  code: string;
  count: number;
  message: string;
}

/** What one file's import did. Reconciliation always holds: read = loaded + quarantined + duplicate. */
export interface ImportResult {
  import_id: number;
  file: string;
  source: string;
  source_reason: string;
  kind: RecordKind;
  mapping: Partial<Record<Field, string>>;
  unmapped_columns: string[];
  date_formats: Partial<Record<Field, string>>;
  rows_read: number;
  rows_loaded: number;
  rows_quarantined: number;
  rows_duplicate: number;
  /** Distinct customers, orders, guest orders and returns named by the file's accepted rows. */
  customers: number;
  orders: number;
  guest_orders: number;
  guest_lines: number;
  returns: number;
  customers_created: number;
  orders_created: number;
  merges: number;
  net_revenue: number;
  warnings: ImportWarning[];
}
