import { PatronError } from '../errors/index.ts';
import { type Store, sql } from '../store/index.ts';
import { describeImport } from './describe-import.ts';
import { resolveCustomers } from './identity/resolve-customers.ts';
import type { ImportOptions } from './import-options.ts';
import type { ImportResult } from './import-result.ts';
import { loadRows } from './load/load-rows.ts';
import { upsertProfiles } from './load/upsert-profiles.ts';
import type { Field } from './mapping/fields.ts';
import { resolveMapping } from './mapping/resolve-mapping.ts';
import { confirmDates } from './parse/confirm-dates.ts';
import { consentFromFileName } from './parse/consent-from-file-name.ts';
import { parseStaged } from './parse/parse-staged.ts';
import { planColumns } from './parse/plan-columns.ts';
import { choosePreset } from './presets/choose-preset.ts';
import { writeQuarantine } from './quarantine/write-quarantine.ts';
import { renumberPastBlankLines } from './readers/renumber-past-blank-lines.ts';
import { stageFile } from './readers/stage-file.ts';
import { summariseStaged } from './summarise-staged.ts';

/**
 * Imports one file in one transaction: read → map → parse and validate → match customers →
 * load new rows → quarantine rejected rows → record the run. Either all of it lands or none.
 *
 * @example
 * const result = await importFile(store, 'orders_export_1.csv', { ...DEFAULT_IMPORT_OPTIONS });
 */
export async function importFile(store: Store, path: string, options: ImportOptions): Promise<ImportResult> {
  const progress = options.onProgress ?? (() => {});
  const raw = 'stg_raw';
  const staged = 'stg';
  progress('reading', 0);
  const file = await stageFile(store, path, raw, {
    ...(options.header !== undefined ? { header: options.header } : {}),
    onProgress: (p) => progress('reading', p / 100),
  });
  try {
    const name = file.shape.name;
    const choice = choosePreset(file.headers, options.source, name);
    const mapping = resolveMapping(file.headers, choice.preset, options.map, name);
    const source = choice.preset?.source ?? 'generic';
    const stagedRows = await store.one<{ n: bigint }>(sql`SELECT count(*) AS n FROM ${sql.ident(raw)}`);
    const rowsRead = Number(stagedRows?.n ?? 0) + file.malformed.length;
    if (rowsRead === 0) {
      throw new PatronError(
        'empty_file',
        `${name} has a header but no rows. Export the data again, with rows.`,
        { file: name },
      );
    }
    progress('parsing', 0, rowsRead);
    const plan = await planColumns(store, raw, mapping, file.headers, name, {
      phoneCountry: options.phoneCountry,
      ...(options.dateFormat ? { dateFormat: options.dateFormat } : {}),
      ...(choice.preset?.dateOrder ? { dateOrder: choice.preset.dateOrder } : {}),
      sampleRows: file.sampleRows,
    });
    consentFromFileName(plan, choice.preset, name);
    const parseInput = {
      rawTable: raw,
      table: staged,
      headers: file.headers,
      mapping,
      plan,
      preset: choice.preset,
      source,
      defaultCurrency: options.currency,
    };
    await parseStaged(store, parseInput);
    const header = (f: string) => (mapping.fields[f as Field] ?? []).map((i) => file.headers[i]).join('+');
    if (
      await confirmDates(
        store,
        sql.ident(`${staged}_typed`),
        raw,
        plan,
        header,
        name,
        choice.preset?.dateOrder,
      )
    ) {
      await parseStaged(store, parseInput);
    }
    const summary = await summariseStaged(store, staged, mapping.kind, choice.preset);
    if (summary.accepted < rowsRead) await renumberPastBlankLines(store, file, [raw, `${staged}_typed`]);
    progress('matching', 0, rowsRead);
    return await store.transaction(async () => {
      const next = await store.one<{ id: number }>(
        sql`SELECT coalesce(max(import_id), 0) + 1 AS id FROM import_runs`,
      );
      const importId = Number(next?.id ?? 1);
      const customers = await resolveCustomers(store, staged, source, importId);
      await upsertProfiles(store, staged, customers.keyMap, mapping.kind, customers.firstNewId, importId);
      progress('loading', 0, rowsRead);
      const loaded = await loadRows(store, {
        staged,
        keyMap: customers.keyMap,
        mapping,
        headers: file.headers,
        preset: choice.preset,
        source,
        importId,
        dropDuplicateLines: options.dropDuplicateLines,
      });
      const quarantined = await writeQuarantine(
        store,
        staged,
        raw,
        file.headers,
        file.malformed,
        name,
        importId,
      );
      const result = describeImport({
        importId,
        file,
        choice,
        mapping,
        plan,
        summary,
        customers,
        loaded,
        quarantined,
        options,
      });
      await store.run(sql`INSERT INTO import_runs VALUES (${importId}, now()::TIMESTAMP, now()::TIMESTAMP, ${name}, ${path},
        ${file.shape.bytes}, ${result.source}, ${result.source_reason}, ${mapping.kind}, ${JSON.stringify(result.mapping)},
        ${JSON.stringify(result.date_formats)}, ${result.rows_read}, ${result.rows_loaded}, ${result.rows_quarantined},
        ${result.rows_duplicate}, ${JSON.stringify(result)}, ${JSON.stringify(result.warnings)})`);
      progress('loading', 1, rowsRead);
      return result;
    });
  } finally {
    file.cleanup();
    await store.run(sql`DROP VIEW IF EXISTS ${sql.ident(`${staged}_new`)}`);
    await store.run(sql`DROP VIEW IF EXISTS ${sql.ident(staged)}`);
    for (const t of [
      raw,
      `${staged}_typed`,
      `${staged}_keys`,
      `${staged}_profiles`,
      `${staged}_new_orders`,
    ]) {
      await store.run(sql`DROP TABLE IF EXISTS ${sql.ident(t)}`);
    }
  }
}
