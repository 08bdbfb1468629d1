import type { ReactNode } from 'react';

export interface ChartCardProps {
  title: string;
  /** Plain words: what the chart shows and what to do about it. */
  caption: ReactNode;
  children: ReactNode;
  /** The same numbers as a table, folded away under the chart. */
  table?: ReactNode;
  id?: string;
}

/** A titled card holding one chart, its caption and its table alternative. */
export function ChartCard({ title, caption, children, table, id }: ChartCardProps) {
  const headingId = id === undefined ? undefined : `${id}-title`;
  return (
    <section className="card chart-card" aria-labelledby={headingId} id={id}>
      <h2 id={headingId}>{title}</h2>
      {children}
      <p className="caption">{caption}</p>
      {table === undefined ? null : (
        <details className="table-toggle">
          <summary>Show the numbers as a table</summary>
          {table}
        </details>
      )}
    </section>
  );
}
