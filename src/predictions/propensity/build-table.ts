import type { Table, TableColumn } from '../../models/classifiers/index.ts';

export interface BuiltTable {
  table: Table;
  /** Columns read but not used, with why. */
  ignored: { column: string; reason: string }[];
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Typed model inputs from text cells: a column is numeric when every non-empty cell is a number,
 * otherwise categorical. Categorical columns that are nearly all distinct (identifiers, free text)
 * and columns with no values are left out, with the reason.
 */
export function buildTable(
  cells: Record<string, (string | null)[]>,
  names: readonly string[],
  rows: number,
): BuiltTable {
  const columns: TableColumn[] = [];
  const ignored: BuiltTable['ignored'] = [];
  for (const name of names) {
    const values = cells[name] ?? [];
    const present = values.filter((v): v is string => v !== null);
    if (present.length === 0) {
      ignored.push({ column: name, reason: 'no values' });
      continue;
    }
    if (present.every((v) => NUMBER.test(v))) {
      columns.push({
        name,
        kind: 'numeric',
        values: Float64Array.from(values, (v) => (v === null ? Number.NaN : Number(v))),
      });
      continue;
    }
    const distinct = new Set(present).size;
    if (rows >= 20 && distinct > 0.5 * present.length) {
      ignored.push({
        column: name,
        reason: `${distinct} distinct text values: looks like an identifier or free text`,
      });
      continue;
    }
    columns.push({ name, kind: 'categorical', values });
  }
  return { table: { n: rows, columns }, ignored };
}
