import type { Field, RecordKind } from '../mapping/fields.ts';

/** One column of an uploaded file as the import wizard shows it. */
export interface PreviewColumn {
  index: number;
  header: string;
  /** The Patron field it fills, or null when it is kept as a custom attribute (or ignored). */
  field: Field | null;
  /** 0–1: how sure the mapping is (1 when you chose it; lower when sample values do not fit the field). */
  confidence: number;
  /** Why the column got this field, in plain words. */
  reason: string;
  samples: string[];
}

/** What Patron would do with a file, before anything is written. */
export interface ImportPreview {
  file: string;
  bytes: number;
  file_type: string;
  rows: number;
  source: string;
  source_label: string;
  source_reason: string;
  kind: RecordKind | null;
  columns: PreviewColumn[];
  /** The first rows as text, in column order. */
  preview_rows: string[][];
  /** Fields the kind can use, for the mapping drop-downs. */
  available_fields: { field: Field; type: string; required: boolean }[];
  /** Why the file cannot be imported with this mapping yet (missing required columns …); empty when it can. */
  problems: { code: string; message: string }[];
}
