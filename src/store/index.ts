export { migrate } from './migrate.ts';
export { openDuckDB } from './open-duckdb.ts';
export { DEFAULT_DB_PATH, type OpenStoreOptions, openStore, resolveDbPath } from './open-store.ts';
export { quoteIdent } from './quote-ident.ts';
export { Sql, sql } from './sql.ts';
export { type Reads, type Row, type StatementProgress, Store } from './store.ts';
export { StoreQueryError } from './store-error.ts';
