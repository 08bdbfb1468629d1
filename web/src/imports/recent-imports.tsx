import { useState } from 'react';
import type { ImportRunList } from '../../../src/schema/api/imports.ts';
import { useApi } from '../api/index.ts';
import { useWorkspace } from '../app/workspace-context.ts';
import { DataTable } from '../components/data-table.tsx';
import { LoadState } from '../components/load-state.tsx';
import { formatCount, formatDate } from '../format/index.ts';
import { QuarantineTable } from './quarantine-table.tsx';

/** Earlier imports with their reconciliation; any with quarantined rows can show them. */
export function RecentImports() {
  const workspace = useWorkspace();
  const state = useApi<ImportRunList>(workspace.path('/imports'));
  const [shown, setShown] = useState<string | null>(null);
  return (
    <>
      <section className="card" aria-labelledby="recent-title">
        <h2 id="recent-title">Earlier imports</h2>
        <LoadState state={state} what="earlier imports">
          {(list) => (
            <DataTable
              caption="Earlier imports"
              hideCaption
              rows={list.imports}
              rowKey={(r) => r.id}
              empty="Nothing imported yet."
              columns={[
                { key: 'file', label: 'File', render: (r) => r.file },
                { key: 'when', label: 'When', render: (r) => formatDate(r.started_at) },
                { key: 'source', label: 'Read as', render: (r) => `${r.source} (${r.kind})` },
                { key: 'read', label: 'Read', numeric: true, render: (r) => formatCount(r.rows_read) },
                { key: 'loaded', label: 'Loaded', numeric: true, render: (r) => formatCount(r.rows_loaded) },
                {
                  key: 'dup',
                  label: 'Already here',
                  numeric: true,
                  render: (r) => formatCount(r.rows_duplicate),
                },
                {
                  key: 'quarantined',
                  label: 'Quarantined',
                  numeric: true,
                  render: (r) =>
                    r.rows_quarantined === 0 ? (
                      '0'
                    ) : (
                      <button
                        type="button"
                        className="link-button"
                        aria-expanded={shown === r.id}
                        onClick={() => setShown(shown === r.id ? null : r.id)}
                      >
                        {formatCount(r.rows_quarantined)}
                        <span className="visually-hidden"> quarantined rows of {r.file}: show</span>
                      </button>
                    ),
                },
              ]}
            />
          )}
        </LoadState>
      </section>
      {shown === null ? null : <QuarantineTable key={shown} importId={shown} />}
    </>
  );
}
