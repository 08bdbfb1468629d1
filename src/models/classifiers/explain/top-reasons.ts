import type { Table } from '../table/table.ts';
import type { ColumnContributions } from '../train/fit-classifier.ts';
import type { Reason } from './explanation.ts';

/**
 * The `top` columns with the largest |contribution| for each row, with the row's raw value.
 * Columns with no effect (contribution 0) are left out.
 */
export function topReasons(
  table: Table,
  contributions: ColumnContributions,
  rows: ArrayLike<number> | undefined,
  top = 3,
): Reason[][] {
  const n = contributions.values.length / contributions.columns;
  const out: Reason[][] = [];
  for (let r = 0; r < n; r++) {
    const i = rows ? (rows[r] as number) : r;
    const row = contributions.values.subarray(r * contributions.columns, (r + 1) * contributions.columns);
    const order = Array.from(row.keys())
      .filter((c) => Math.abs(row[c]!) > 1e-12)
      .sort((a, b) => Math.abs(row[b]!) - Math.abs(row[a]!) || a - b)
      .slice(0, top);
    out.push(
      order.map((c) => {
        const column = table.columns[c]!;
        const raw = column.values[i];
        const value = typeof raw === 'number' ? (Number.isNaN(raw) ? null : raw) : (raw ?? null);
        return { feature: column.name, value, contribution: row[c]! };
      }),
    );
  }
  return out;
}
