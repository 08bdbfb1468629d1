import { resolve } from 'node:path';
import { migrate } from './migrate.ts';
import { openDuckDB } from './open-duckdb.ts';
import { Store } from './store.ts';

export const DEFAULT_DB_PATH = './patron.duckdb';

/** The database path: an explicit `--db`, else `PATRON_DB`, else `./patron.duckdb`. */
export function resolveDbPath(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
  return explicit ?? env.PATRON_DB ?? DEFAULT_DB_PATH;
}

export interface OpenStoreOptions {
  /** DuckDB memory limit, e.g. '1GB'. Large imports spill to disk past it. */
  memoryLimit?: string;
}

/**
 * Opens (creating if needed) the DuckDB file and brings its schema up to date.
 * Pass ':memory:' for a throwaway store in tests.
 *
 * @example
 * const store = await openStore(resolveDbPath(opts.db));
 */
export async function openStore(path: string, options: OpenStoreOptions = {}): Promise<Store> {
  const file = path === ':memory:' ? path : resolve(path);
  // DuckDB spills to disk past its limit; 1 GB keeps a large import well under 2 GB of RSS.
  const config: Record<string, string> = {
    memory_limit: options.memoryLimit ?? process.env.PATRON_MEMORY_LIMIT ?? '1GB',
  };
  const instance = await openDuckDB(file, config);
  const connection = await instance.connect();
  // Lets `connection.progress` report statement progress (for the CLI's progress bar) without printing.
  await connection.run('SET enable_progress_bar = true; SET enable_progress_bar_print = false');
  // Queries say ORDER BY when order matters; the one reader that numbers rows turns this back on.
  await connection.run('SET preserve_insertion_order = false');
  const store = new Store(instance, connection, file);
  await migrate(store);
  return store;
}
