import { z } from 'zod';
import { PublicId } from './public-id.ts';

export const ImportColumn = z.object({
  index: z.number().int(),
  header: z.string(),
  field: z
    .string()
    .nullable()
    .describe('the Patron field this column fills; null: kept as a custom attribute'),
  confidence: z.number().describe('0–1'),
  reason: z.string(),
  samples: z.array(z.string()),
});
export type ImportColumn = z.infer<typeof ImportColumn>;

export const ImportPreviewResult = z.object({
  file: z.string(),
  bytes: z.number().int(),
  file_type: z.string(),
  rows: z.number().int(),
  source: z.string().describe('vendor layout id, or generic'),
  source_label: z.string(),
  source_reason: z.string(),
  kind: z.enum(['orders', 'customers', 'events', 'feedback']).nullable(),
  columns: z.array(ImportColumn),
  preview_rows: z.array(z.array(z.string())),
  available_fields: z.array(z.object({ field: z.string(), type: z.string(), required: z.boolean() })),
  problems: z.array(z.object({ code: z.string(), message: z.string() })),
});
export type ImportPreviewResult = z.infer<typeof ImportPreviewResult>;

export const ImportWarning = z.object({ code: z.string(), count: z.number(), message: z.string() });
export type ImportWarning = z.infer<typeof ImportWarning>;

export const ImportRunResult = z.object({
  id: PublicId.describe('the import run; use it for the quarantine'),
  file: z.string(),
  source: z.string(),
  source_reason: z.string().nullable(),
  kind: z.string(),
  started_at: z.string().nullable(),
  rows_read: z.number().int(),
  rows_loaded: z.number().int(),
  rows_quarantined: z.number().int(),
  rows_duplicate: z.number().int(),
  reconciles: z.boolean().describe('rows_read = rows_loaded + rows_quarantined + rows_duplicate'),
  customers_created: z.number().int().nullable(),
  orders_created: z.number().int().nullable(),
  merges: z.number().int().nullable(),
  net_revenue: z.number().nullable(),
  mapping: z.record(z.string(), z.string()),
  warnings: z.array(ImportWarning),
});
export type ImportRunResult = z.infer<typeof ImportRunResult>;

export const ImportRunList = z.object({ imports: z.array(ImportRunResult) });
export type ImportRunList = z.infer<typeof ImportRunList>;

export const ImportRunParams = z.object({ workspaceId: z.string(), importId: PublicId });
export type ImportRunParams = z.infer<typeof ImportRunParams>;

export const UploadParams = z.object({ workspaceId: z.string(), uploadId: PublicId });
export type UploadParams = z.infer<typeof UploadParams>;

export const ImportSettings = z.object({
  source: z.string().max(60).default('auto').describe('auto, generic or a vendor layout id'),
  map: z
    .record(z.string().max(60), z.string().max(300))
    .default({})
    .describe('Patron field → column header (or #position; A+B joins columns)'),
  header: z.boolean().optional(),
  date_format: z.string().max(40).optional().describe('DMY, MDY, ISO or a pattern'),
  currency: z.string().length(3).optional(),
  phone_country: z.string().length(2).optional(),
  drop_duplicate_lines: z.boolean().optional(),
});
export type ImportSettings = z.infer<typeof ImportSettings>;

export const UploadState = z.enum(['uploaded', 'queued', 'running', 'done', 'failed']);
export type UploadState = z.infer<typeof UploadState>;

export const Upload = z.object({
  id: PublicId,
  file: z.string(),
  bytes: z.number().int(),
  state: UploadState,
  stage: z.string().nullable().describe('reading, parsing, matching, loading, refreshing'),
  fraction: z.number().describe('0–1 within the stage'),
  settings: ImportSettings,
  preview: ImportPreviewResult.nullable(),
  result: ImportRunResult.nullable().describe('when state is done'),
  error: z.object({ code: z.string(), message: z.string() }).nullable().describe('when state is failed'),
});
export type Upload = z.infer<typeof Upload>;

export const QuarantineRowOut = z.object({
  row: z.number().int().describe('spreadsheet row number (header = 1)'),
  column: z.string().nullable(),
  value: z.string().nullable(),
  code: z.string(),
  reason: z.string(),
});
export type QuarantineRowOut = z.infer<typeof QuarantineRowOut>;

export const QuarantineList = z.object({
  import_id: PublicId,
  file: z.string(),
  total: z.number().int(),
  rows: z.array(QuarantineRowOut),
});
export type QuarantineList = z.infer<typeof QuarantineList>;

export const QuarantineQuery = z.object({
  limit: z.coerce.number().int().min(1).max(5000).default(500),
  offset: z.coerce.number().int().min(0).default(0),
});
export type QuarantineQuery = z.infer<typeof QuarantineQuery>;
