import { existsSync } from 'node:fs';
import { PatronError } from '../../errors/index.ts';
import { openStore, sql } from '../../store/index.ts';

export interface RawCustomerTable {
  /** Header names in file order. */
  headers: string[];
  /** Cell text per column, in file order; empty cells are null. */
  cells: Record<string, (string | null)[]>;
  rows: number;
}

/**
 * Reads a CSV (any delimiter DuckDB detects, header row required) as text, keeping file order,
 * through a throwaway in-memory DuckDB.
 *
 * @example
 * const raw = await readCustomerTable('customers.csv');
 */
export async function readCustomerTable(file: string): Promise<RawCustomerTable> {
  if (!existsSync(file))
    throw new PatronError('file_not_found', `${file} does not exist. Check the path given to --table.`, {
      file,
    });
  const store = await openStore(':memory:');
  try {
    await store.run(sql`SET preserve_insertion_order = true`);
    const columns = await store
      .columns(sql`SELECT * FROM read_csv(${file}, all_varchar = true, header = true)`)
      .catch((error: unknown) => {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new PatronError(
          'unreadable_table',
          `${file} could not be read as a CSV table with a header row (${reason}). Save it as CSV with one row per customer.`,
          { file },
        );
      });
    const headers = Object.keys(columns);
    const cells: Record<string, (string | null)[]> = {};
    for (const h of headers)
      cells[h] = (columns[h] ?? []).map((v) =>
        v === null || v === undefined || String(v).trim() === '' ? null : String(v).trim(),
      );
    return { headers, cells, rows: headers.length ? (columns[headers[0]!]?.length ?? 0) : 0 };
  } finally {
    store.close();
  }
}
