import type { Store } from '../store/index.ts';
import type { ImportOptions } from './import-options.ts';
import type { ImportResult } from './import-result.ts';
import { stageFile } from './readers/stage-file.ts';
import { dropStaging } from './staging/drop-staging.ts';
import { loadStaged } from './staging/load-staged.ts';
import { prepareStaged } from './staging/prepare-staged.ts';

// Every temporary table and view of an import starts with this.
const STAGING = 'stg';

/**
 * Imports one file: read → map → parse and validate (outside the transaction, into temporary
 * tables) → in one transaction, match customers, load new rows, quarantine rejected rows and
 * record the run. Either all of it lands or none; the temporary tables are always dropped.
 *
 * @example
 * const result = await importFile(store, 'orders_export_1.csv', { ...DEFAULT_IMPORT_OPTIONS });
 */
export async function importFile(store: Store, path: string, options: ImportOptions): Promise<ImportResult> {
  options.onProgress?.('reading', 0);
  let file: Awaited<ReturnType<typeof stageFile>> | undefined;
  try {
    file = await stageFile(store, path, `${STAGING}_raw`, {
      ...(options.header !== undefined ? { header: options.header } : {}),
      onProgress: (p) => options.onProgress?.('reading', p / 100),
    });
    const prepared = await prepareStaged(store, file, STAGING, options);
    options.onProgress?.('matching', 0, prepared.rowsRead);
    return await loadStaged(store, file, STAGING, prepared, options, path);
  } finally {
    file?.cleanup();
    await dropStaging(store, STAGING);
  }
}
