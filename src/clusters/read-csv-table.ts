import { existsSync } from 'node:fs';
import { PatronError } from '../errors/index.ts';
import { openStore, type Store, sql } from '../store/index.ts';
import type { FeatureSpec } from './feature-spec.ts';
import type { FeatureTable } from './feature-table.ts';

const NUMERIC =
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|DOUBLE|REAL|DECIMAL.*)$/;

/**
 * Reads a CSV of rows to cluster as given: every numeric column is an input, the id column (or
 * the row number) names the rows, and other columns are listed as ignored. Empty cells stay NaN
 * so the preparation refuses them with the row and column.
 *
 * @example
 * const { table, ignored } = await readCsvTable('survey.csv', 'respondent');
 */
export async function readCsvTable(
  path: string,
  idColumn?: string,
): Promise<{ table: FeatureTable; ignored: { name: string; reason: string }[] }> {
  if (!existsSync(path))
    throw new PatronError('file_not_found', `There is no file at ${path}.`, { file: path });
  const store = await openStore(':memory:');
  try {
    // File order matters: rows are named by their line when a value is bad.
    await store.run(sql`SET preserve_insertion_order = true`);
    await store.run(sql`CREATE TABLE input AS SELECT * FROM read_csv_auto(${path}, header = true)`);
    const described = await store.all<{ column_name: string; column_type: string }>(sql`DESCRIBE input`);
    // Without --id, a column named like an id (id, customer_id, CustomerID) names the rows rather than being clustered.
    const guessedId =
      idColumn ?? described.find((c) => /^id$|[_ ]id$|[a-z]ID$|[a-z]Id$/i.test(c.column_name))?.column_name;
    if (idColumn !== undefined && !described.some((c) => c.column_name === idColumn)) {
      throw new PatronError(
        'unknown_column',
        `${path} has no column '${idColumn}'. Its columns: ${described.map((c) => c.column_name).join(', ')}.`,
        { file: path, column: idColumn },
      );
    }
    const ignored: { name: string; reason: string }[] = [];
    const specs: FeatureSpec[] = [];
    for (const c of described) {
      if (c.column_name === guessedId) {
        if (idColumn === undefined)
          ignored.push({ name: c.column_name, reason: 'taken as the row id (pass --id to choose another)' });
        continue;
      }
      if (NUMERIC.test(c.column_type))
        specs.push({
          name: c.column_name,
          label: c.column_name,
          kind: 'numeric',
          source: { type: 'csv', column: c.column_name },
          log: false,
          protected: false,
        });
      else {
        await refuseStrayText(store, path, c.column_name);
        ignored.push({ name: c.column_name, reason: `not numeric (${c.column_type})` });
      }
    }
    if (specs.length === 0)
      throw new PatronError('no_numeric_columns', `${path} has no numeric columns to cluster.`, {
        file: path,
      });
    const columns =
      await store.columns(sql`SELECT ${guessedId ? sql`CAST(${sql.ident(guessedId)} AS VARCHAR)` : sql`CAST(row_number() OVER () AS VARCHAR)`} AS id,
      ${sql.join(specs.map((s, i) => sql`CAST(${sql.ident(s.name)} AS DOUBLE) AS ${sql.ident(`f${i}`)}`))} FROM input`);
    const ids = ((columns.id ?? []) as (string | null)[]).map((v, i) => v ?? String(i + 1));
    return {
      table: {
        ids,
        specs,
        numeric: specs.map((_, i) =>
          Float64Array.from((columns[`f${i}`] ?? []) as (number | null)[], (v) => v ?? Number.NaN),
        ),
        text: specs.map(() => null),
        revenue: null,
      },
      ignored,
    };
  } finally {
    store.close();
  }
}

/**
 * A text column whose values are mostly numbers holds a typing mistake, not a category: refuse it
 * with the line and value rather than leaving the whole column out.
 */
async function refuseStrayText(store: Store, path: string, column: string): Promise<void> {
  const c = sql.ident(column);
  const stats = await store.one<{
    filled: bigint;
    numbers: bigint;
    line: bigint | null;
    value: string | null;
  }>(
    sql`SELECT count(${c}) AS filled, count(TRY_CAST(${c} AS DOUBLE)) AS numbers,
      min(rowid + 2) FILTER (WHERE ${c} IS NOT NULL AND TRY_CAST(${c} AS DOUBLE) IS NULL) AS line,
      arg_min(CAST(${c} AS VARCHAR), rowid) FILTER (WHERE ${c} IS NOT NULL AND TRY_CAST(${c} AS DOUBLE) IS NULL) AS value
    FROM input`,
  );
  if (!stats || stats.line === null || Number(stats.numbers) * 2 < Number(stats.filled)) return;
  throw new PatronError(
    'not_a_number',
    `${path}, line ${stats.line}, column '${column}': '${stats.value}' is not a number, while ${stats.numbers} of ${stats.filled} values in that column are. Correct the value or remove that row.`,
    { file: path, row: Number(stats.line), column },
  );
}
