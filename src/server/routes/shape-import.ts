import type { ImportResult } from '../../ingest/index.ts';
import type { ImportRunRow } from '../../insights/imports/index.ts';
import type { ImportRunResult, Upload } from '../../schema/api/index.ts';
import type { ImportJob } from '../../workspaces/index.ts';
import { toPublicId } from '../public-ids.ts';

/** An import run as the API shows it. */
export function shapeImportRun(workspaceId: string, r: ImportRunRow): ImportRunResult {
  const { import_id, ...rest } = r;
  return { id: toPublicId(workspaceId, import_id), ...rest };
}

function fromResult(workspaceId: string, r: ImportResult): ImportRunResult {
  return {
    id: toPublicId(workspaceId, r.import_id),
    file: r.file,
    source: r.source,
    source_reason: r.source_reason,
    kind: r.kind,
    started_at: null,
    rows_read: r.rows_read,
    rows_loaded: r.rows_loaded,
    rows_quarantined: r.rows_quarantined,
    rows_duplicate: r.rows_duplicate,
    reconciles: r.rows_read === r.rows_loaded + r.rows_quarantined + r.rows_duplicate,
    customers_created: r.customers_created,
    orders_created: r.orders_created,
    merges: r.merges,
    net_revenue: r.net_revenue,
    mapping: Object.fromEntries(
      Object.entries(r.mapping).filter((e): e is [string, string] => typeof e[1] === 'string'),
    ),
    warnings: r.warnings,
  };
}

/** An upload of the import wizard as the API shows it. */
export function shapeUpload(workspaceId: string, job: ImportJob): Upload {
  return {
    id: toPublicId(workspaceId, job.id),
    file: job.file,
    bytes: job.bytes,
    state: job.state,
    stage: job.stage,
    fraction: job.fraction,
    settings: {
      source: job.settings.source,
      map: job.settings.map,
      ...(job.settings.header !== undefined ? { header: job.settings.header } : {}),
      ...(job.settings.date_format !== undefined ? { date_format: job.settings.date_format } : {}),
      ...(job.settings.currency !== undefined ? { currency: job.settings.currency } : {}),
      ...(job.settings.phone_country !== undefined ? { phone_country: job.settings.phone_country } : {}),
      ...(job.settings.drop_duplicate_lines !== undefined
        ? { drop_duplicate_lines: job.settings.drop_duplicate_lines }
        : {}),
    },
    preview: job.preview,
    result: job.result ? fromResult(workspaceId, job.result) : null,
    error: job.error,
  };
}
