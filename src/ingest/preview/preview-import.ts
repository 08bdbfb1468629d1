import { PatronError } from '../../errors/index.ts';
import { type Store, sql } from '../../store/index.ts';
import { autoMap, guessKind } from '../mapping/auto-map.ts';
import { FIELD_NAMES, FIELDS, type Field, isField, REQUIRED, type RecordKind } from '../mapping/fields.ts';
import { type ResolvedMapping, resolveMapping } from '../mapping/resolve-mapping.ts';
import { choosePreset } from '../presets/choose-preset.ts';
import { stageFile } from '../readers/stage-file.ts';
import { dropStaging } from '../staging/drop-staging.ts';
import { fieldFits } from './field-fits.ts';
import type { ImportPreview, PreviewColumn } from './import-preview.ts';

const STAGING = 'prv';
const PREVIEW_ROWS = 10;

export interface PreviewOptions {
  source?: string;
  map?: Record<string, string>;
  header?: boolean;
  /** The name to show (an upload's original name); defaults to the path's. */
  name?: string;
}

/**
 * Reads a file the way an import would (sniff, stage, pick the vendor layout, map columns) and says
 * what it found, with sample values and a confidence per column. Writes nothing; a mapping that
 * cannot work yet is reported under `problems` instead of failing, so it can be fixed.
 *
 * @example
 * const p = await previewImport(store, '/tmp/upload/orders.csv', { map: { order_date: 'Date' } });
 */
export async function previewImport(
  store: Store,
  path: string,
  options: PreviewOptions = {},
): Promise<ImportPreview> {
  const file = await stageFile(
    store,
    path,
    `${STAGING}_raw`,
    options.header !== undefined ? { header: options.header } : {},
  );
  try {
    const name = options.name ?? file.shape.name;
    const overrides = options.map ?? {};
    const choice = choosePreset(file.headers, options.source ?? 'auto', name);
    const problems: ImportPreview['problems'] = [];
    let mapping: Pick<ResolvedMapping, 'fields' | 'ignored'> & { kind: RecordKind | null };
    try {
      mapping = resolveMapping(file.headers, choice.preset, overrides, name);
    } catch (error) {
      if (!(error instanceof PatronError)) throw error;
      problems.push({ code: error.code, message: error.message });
      // Show what could be mapped anyway, without the required-column check.
      mapping = partialMapping(file.headers, choice.preset, overrides);
    }
    const rows = await store.one<{ n: bigint }>(sql`SELECT count(*) AS n FROM ${sql.ident(file.table)}`);
    const sample = file.sampleRows.slice(0, PREVIEW_ROWS);
    const fieldOf = new Map<number, Field>();
    for (const [field, indexes] of Object.entries(mapping.fields ?? {}) as [Field, number[]][])
      for (const i of indexes) fieldOf.set(i, field);
    const label = choice.preset?.label ?? 'Generic table';
    const columns: PreviewColumn[] = file.headers.map((header, index) => {
      const field = fieldOf.get(index) ?? null;
      const samples = file.sampleRows.slice(0, 5).map((r) => r[index] ?? '');
      if (field === null) {
        const ignored = mapping.ignored.includes(index);
        return {
          index,
          header,
          field,
          confidence: 1,
          reason: ignored
            ? 'left out on purpose (payment details or similar)'
            : 'no Patron field: kept as a custom attribute',
          samples,
        };
      }
      const chosen = Object.keys(overrides).includes(field);
      const base = chosen
        ? 1
        : choice.preset
          ? 0.95
          : header
                .trim()
                .toLowerCase()
                .replace(/[^a-z0-9]+/g, '_') === field
            ? 0.9
            : 0.75;
      const fits = fieldFits(field, samples);
      const reason = chosen
        ? 'you chose this column'
        : choice.preset
          ? `the ${label} layout puts ${field} in this column`
          : `the header name suggests ${field}`;
      return {
        index,
        header,
        field,
        confidence: Math.round(base * (0.5 + 0.5 * fits) * 100) / 100,
        reason:
          fits < 1
            ? `${reason}; ${Math.round((1 - fits) * 100)} % of the sample values do not look like a ${FIELDS[field].type}`
            : reason,
        samples,
      };
    });
    const kind = mapping.kind ?? null;
    return {
      file: name,
      bytes: file.shape.bytes,
      file_type: file.shape.fileType,
      rows: Number(rows?.n ?? 0) + file.malformed.length,
      source: choice.preset?.id ?? 'generic',
      source_label: label,
      source_reason: choice.reason,
      kind,
      columns,
      preview_rows: sample,
      available_fields: FIELD_NAMES.filter(
        (f) => kind === null || (FIELDS[f].kinds as readonly string[]).includes(kind),
      ).map((f) => ({
        field: f,
        type: FIELDS[f].type,
        required: kind !== null && REQUIRED[kind].includes(f),
      })),
      problems,
    };
  } finally {
    file.cleanup();
    await dropStaging(store, STAGING);
  }
}

/** What the layout, the header names and the overrides map, when the full mapping fails its checks. */
function partialMapping(
  headers: readonly string[],
  preset: Parameters<typeof resolveMapping>[1],
  overrides: Record<string, string>,
): { kind: RecordKind | null; fields: Partial<Record<Field, number[]>>; ignored: number[] } {
  const fields: Partial<Record<Field, number[]>> = {};
  const find = (ref: string) => {
    const position = /^#(\d+)$/.exec(ref.trim())?.[1];
    if (position) return Number(position) - 1;
    return headers.findIndex((h) => h.trim().toLowerCase() === ref.trim().toLowerCase());
  };
  if (preset) {
    for (const [field, candidates] of Object.entries(preset.columns) as [Field, readonly string[]][]) {
      const i = candidates.map(find).find((x) => x >= 0);
      if (i !== undefined) fields[field] = [i];
    }
  } else for (const [field, i] of Object.entries(autoMap(headers)) as [Field, number][]) fields[field] = [i];
  for (const [field, ref] of Object.entries(overrides)) {
    const parts = ref.split('+').map(find);
    if (isField(field) && parts.every((i) => i >= 0 && i < headers.length)) fields[field] = parts;
  }
  const kind = preset?.kind ?? guessKind(new Set(Object.keys(fields) as Field[])) ?? null;
  return { kind, fields, ignored: [] };
}
