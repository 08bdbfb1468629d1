import { type Store, sql } from '../../store/index.ts';
import { describeImport } from '../describe-import.ts';
import { resolveCustomers } from '../identity/resolve-customers.ts';
import type { ImportOptions } from '../import-options.ts';
import type { ImportResult } from '../import-result.ts';
import { loadRows } from '../load/load-rows.ts';
import { upsertProfiles } from '../load/upsert-profiles.ts';
import { writeQuarantine } from '../quarantine/write-quarantine.ts';
import type { StagedFile } from '../readers/stage-file.ts';
import type { PreparedImport } from './prepare-staged.ts';

/**
 * The transaction: match customers, load new rows, quarantine rejected ones, record the run.
 * Either all of it is kept or none of it.
 */
export async function loadStaged(
  store: Store,
  file: StagedFile,
  staged: string,
  prepared: PreparedImport,
  options: ImportOptions,
  path: string,
): Promise<ImportResult> {
  const { mapping, choice, source, rowsRead } = prepared;
  const name = file.shape.name;
  return store.transaction(async () => {
    const next = await store.one<{ id: number }>(
      sql`SELECT coalesce(max(import_id), 0) + 1 AS id FROM import_runs`,
    );
    const importId = Number(next?.id ?? 1);
    const customers = await resolveCustomers(store, staged, source, importId);
    await upsertProfiles(store, staged, customers.keyMap, mapping.kind, customers.firstNewId, importId);
    options.onProgress?.('loading', 0, rowsRead);
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
      file.table,
      file.headers,
      file.malformed,
      name,
      importId,
    );
    const result = describeImport({ importId, file, ...prepared, customers, loaded, quarantined, options });
    await store.run(sql`INSERT INTO import_runs VALUES (${importId}, now()::TIMESTAMP, now()::TIMESTAMP, ${name}, ${path},
      ${file.shape.bytes}, ${result.source}, ${result.source_reason}, ${mapping.kind}, ${JSON.stringify(result.mapping)},
      ${JSON.stringify(result.date_formats)}, ${result.rows_read}, ${result.rows_loaded}, ${result.rows_quarantined},
      ${result.rows_duplicate}, ${JSON.stringify(result)}, ${JSON.stringify(result.warnings)})`);
    options.onProgress?.('loading', 1, rowsRead);
    return result;
  });
}
