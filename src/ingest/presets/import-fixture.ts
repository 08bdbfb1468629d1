import { isAbsolute } from 'node:path';
import { openStore, type Store } from '../../store/index.ts';
import { DEFAULT_IMPORT_OPTIONS, type ImportOptions, type ImportResult, importFile } from '../index.ts';

/** A preset test's store and the result of importing one fixture into it. */
export interface FixtureImport {
  store: Store;
  result: ImportResult;
}

/**
 * Imports `fixtures/<name>` (or an absolute path) with automatic preset detection, into `store`
 * or a new in-memory one.
 *
 * @example
 * const { store, result } = await importFixture('shopify-orders.csv');
 */
export async function importFixture(
  name: string,
  options: Partial<ImportOptions> = {},
  store?: Store,
): Promise<FixtureImport> {
  const target = store ?? (await openStore(':memory:'));
  const path = isAbsolute(name) ? name : new URL(`./fixtures/${name}`, import.meta.url).pathname;
  const result = await importFile(target, path, { ...DEFAULT_IMPORT_OPTIONS, ...options });
  return { store: target, result };
}
