import { PatronError } from '../../errors/index.ts';
import { type Store, sql } from '../../store/index.ts';
import type { ImportOptions } from '../import-options.ts';
import type { Field } from '../mapping/fields.ts';
import { type ResolvedMapping, resolveMapping } from '../mapping/resolve-mapping.ts';
import { confirmDates } from '../parse/confirm-dates.ts';
import { consentFromFileName } from '../parse/consent-from-file-name.ts';
import type { ColumnPlan } from '../parse/field-exprs.ts';
import { parseStaged } from '../parse/parse-staged.ts';
import { planColumns } from '../parse/plan-columns.ts';
import { choosePreset, type PresetChoice } from '../presets/choose-preset.ts';
import { renumberPastBlankLines } from '../readers/renumber-past-blank-lines.ts';
import type { StagedFile } from '../readers/stage-file.ts';
import { type StagedSummary, summariseStaged } from '../summarise-staged.ts';

export interface PreparedImport {
  choice: PresetChoice;
  mapping: ResolvedMapping;
  plan: ColumnPlan;
  source: string;
  rowsRead: number;
  summary: StagedSummary;
}

/**
 * Everything before the transaction: pick the preset, map the columns, learn how to read them,
 * build the typed staging table, and count what the file holds. Nothing is written to the store.
 */
export async function prepareStaged(
  store: Store,
  file: StagedFile,
  staged: string,
  options: ImportOptions,
): Promise<PreparedImport> {
  const name = file.shape.name;
  const choice = choosePreset(file.headers, options.source, name);
  const mapping = resolveMapping(file.headers, choice.preset, options.map, name);
  const source = choice.preset?.source ?? 'generic';
  const counted = await store.one<{ n: bigint }>(sql`SELECT count(*) AS n FROM ${sql.ident(file.table)}`);
  const rowsRead = Number(counted?.n ?? 0) + file.malformed.length;
  if (rowsRead === 0) {
    throw new PatronError(
      'empty_file',
      `${name} has a header but no rows. Export the data again, with rows.`,
      { file: name },
    );
  }
  options.onProgress?.('parsing', 0, rowsRead);
  const plan = await planColumns(store, file.table, mapping, file.headers, name, {
    phoneCountry: options.phoneCountry,
    ...(options.dateFormat ? { dateFormat: options.dateFormat } : {}),
    ...(choice.preset?.dateOrder ? { dateOrder: choice.preset.dateOrder } : {}),
    sampleRows: file.sampleRows,
  });
  consentFromFileName(plan, choice.preset, name);
  const input = {
    rawTable: file.table,
    rowNo: file.rowNo,
    table: staged,
    headers: file.headers,
    mapping,
    plan,
    preset: choice.preset,
    source,
    defaultCurrency: options.currency,
  };
  await parseStaged(store, input);
  const header = (f: string) => (mapping.fields[f as Field] ?? []).map((i) => file.headers[i]).join('+');
  if (
    await confirmDates(
      store,
      sql.ident(`${staged}_typed`),
      file.table,
      plan,
      header,
      name,
      choice.preset?.dateOrder,
    )
  ) {
    await parseStaged(store, input);
  }
  const summary = await summariseStaged(store, staged, mapping.kind, choice.preset);
  if (summary.accepted < rowsRead) await renumberPastBlankLines(store, file, [`${staged}_typed`]);
  return { choice, mapping, plan, source, rowsRead, summary };
}
