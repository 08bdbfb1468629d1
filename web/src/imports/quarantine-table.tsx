import type { QuarantineList } from '../../../src/schema/api/imports.ts';
import { useApi } from '../api/index.ts';
import { useWorkspace } from '../app/workspace-context.ts';
import { DataTable } from '../components/data-table.tsx';
import { LoadState } from '../components/load-state.tsx';
import { formatCount } from '../format/index.ts';

/** The rows an import could not use: where they are in the file and why, with a CSV download. */
export function QuarantineTable({ importId }: { importId: string }) {
  const workspace = useWorkspace();
  const base = `/imports/${encodeURIComponent(importId)}/quarantine`;
  const state = useApi<QuarantineList>(workspace.path(`${base}?limit=200`));
  return (
    <section className="card" aria-labelledby={`quarantine-${importId}`}>
      <h2 id={`quarantine-${importId}`}>Quarantined rows</h2>
      <LoadState state={state} what="the quarantine">
        {(list) => (
          <>
            <p className="muted">
              {formatCount(list.total)} {list.total === 1 ? 'row' : 'rows'} of {list.file}{' '}
              {list.total === 1 ? 'was' : 'were'} kept aside. Fix them in the file and import it again: rows
              already imported are recognised and skipped.{' '}
              <a href={workspace.path(`${base}.csv`)} download>
                Download all as CSV
              </a>
            </p>
            <DataTable
              caption="Quarantined rows"
              hideCaption
              rows={list.rows}
              rowKey={(r, i) => `${r.row}-${r.column ?? ''}-${i}`}
              columns={[
                { key: 'row', label: 'Row', numeric: true, render: (r) => formatCount(r.row) },
                { key: 'column', label: 'Column', render: (r) => r.column ?? '–' },
                {
                  key: 'value',
                  label: 'Value',
                  render: (r) => (r.value === null || r.value === '' ? '(empty)' : r.value),
                },
                { key: 'reason', label: 'Reason', render: (r) => r.reason },
              ]}
            />
            {list.total > list.rows.length ? (
              <p className="muted">
                Showing the first {formatCount(list.rows.length)}; the CSV has them all.
              </p>
            ) : null}
          </>
        )}
      </LoadState>
    </section>
  );
}
