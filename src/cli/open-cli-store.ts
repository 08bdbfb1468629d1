import { openStore, resolveDbPath, type Store } from '../store/index.ts';

/** Opens the store named by `--db` or `PATRON_DB`, defaulting to ./patron.duckdb. */
export function openCliStore(db: string | undefined): Promise<Store> {
  return openStore(resolveDbPath(db));
}
