import type { DuckDBValue } from '@duckdb/node-api';

/** A database failure, carrying the SQL and parameters that caused it. */
export class StoreQueryError extends Error {
  readonly sqlText: string;
  readonly params: readonly DuckDBValue[];

  constructor(cause: unknown, sqlText: string, params: readonly DuckDBValue[]) {
    const message = cause instanceof Error ? cause.message : String(cause);
    super(`${message}\n  in SQL: ${sqlText.trim().slice(0, 2000)}`, { cause });
    this.name = 'StoreQueryError';
    this.sqlText = sqlText;
    this.params = params;
  }
}
