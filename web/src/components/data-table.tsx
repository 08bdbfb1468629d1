import type { ReactNode } from 'react';

export interface Column<Row> {
  key: string;
  label: string;
  numeric?: boolean;
  /** Extra class on the column's cells (e.g. a wide text column). */
  className?: string;
  render: (row: Row) => ReactNode;
}

export interface DataTableProps<Row> {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string;
  empty?: string;
  /** Hide the caption visually (it stays for screen readers). */
  hideCaption?: boolean;
}

/** A plain table with a caption (the text alternative to every chart); on a phone each row becomes a small card. */
export function DataTable<Row>({ caption, columns, rows, rowKey, empty, hideCaption }: DataTableProps<Row>) {
  return (
    <div className="table-wrap">
      <table className="stack">
        <caption className={hideCaption ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={cellClass(c)}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="empty">
                {empty ?? 'Nothing to show yet.'}
              </td>
            </tr>
          ) : (
            rows.map((row, i) => (
              <tr key={rowKey(row, i)}>
                {columns.map((c) => (
                  <td key={c.key} className={cellClass(c)} data-label={c.label}>
                    <div className="cell">{c.render(row)}</div>
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

function cellClass(column: { numeric?: boolean; className?: string }): string | undefined {
  const classes = [column.numeric ? 'num' : '', column.className ?? ''].filter((c) => c !== '');
  return classes.length === 0 ? undefined : classes.join(' ');
}
