import { useId, useState } from 'react';
import type { ImportColumn, ImportSettings, Upload } from '../../../src/schema/api/imports.ts';
import { apiFetch } from '../api/index.ts';
import { useWorkspace } from '../app/workspace-context.ts';
import { formatCount, formatPercent } from '../format/index.ts';
import { mappingWith } from './mapping-with.ts';

export interface MappingStepProps {
  upload: Upload;
  onChange: (upload: Upload) => void;
  onStart: () => void;
}

/** What Patron detected (source, record kind, one field per column) with a way to fix any column. */
export function MappingStep({ upload, onChange, onStart }: MappingStepProps) {
  const workspace = useWorkspace();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const dateId = useId();
  const preview = upload.preview;
  if (preview === null) return <p className="loading">Reading the file …</p>;

  async function configure(settings: ImportSettings) {
    setSaving(true);
    setError(null);
    try {
      onChange(
        await apiFetch<Upload>(workspace.path(`/imports/uploads/${encodeURIComponent(upload.id)}/mapping`), {
          method: 'PUT',
          body: JSON.stringify(settings),
        }),
      );
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  }

  const setField = (column: ImportColumn, field: string) =>
    void configure({
      ...upload.settings,
      map: mappingWith(preview.columns, column.header, field === '' ? null : field),
    });
  const ready = preview.kind !== null && preview.problems.length === 0;
  return (
    <>
      <section className="card" aria-labelledby="detected-title">
        <h2 id="detected-title">What Patron found</h2>
        <dl className="facts">
          <dt>File</dt>
          <dd>
            {preview.file} ({formatCount(preview.rows)} rows, {preview.file_type})
          </dd>
          <dt>Layout</dt>
          <dd>
            <strong data-testid="detected-source">{preview.source_label}</strong>
            <div className="muted">{preview.source_reason}</div>
          </dd>
          <dt>Holds</dt>
          <dd>{preview.kind === null ? 'not known yet: map the columns below' : preview.kind}</dd>
        </dl>
        {preview.problems.length === 0 ? null : (
          <div className="notice notice-error card" role="alert" style={{ marginTop: '1rem' }}>
            <ul className="problems">
              {preview.problems.map((p) => (
                <li key={p.code + p.message}>{p.message}</li>
              ))}
            </ul>
          </div>
        )}
      </section>
      <section className="card" aria-labelledby="mapping-title" aria-busy={saving}>
        <h2 id="mapping-title">How each column is read</h2>
        <p className="muted">
          Pick the Patron field each column fills. Columns without a field are kept as custom attributes of
          the customer.
        </p>
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Columns and the fields they fill</caption>
            <thead>
              <tr>
                <th scope="col">Column</th>
                <th scope="col">Examples</th>
                <th scope="col">Patron field</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {preview.columns.map((column) => (
                <tr key={column.index}>
                  <th scope="row">{column.header}</th>
                  <td className="samples">
                    {column.samples
                      .slice(0, 3)
                      .map((v) => (v === '' ? '(empty)' : v))
                      .join(' · ') || '(no values)'}
                  </td>
                  <td>
                    <select
                      aria-label={`Field for column ${column.header}`}
                      value={column.field ?? ''}
                      disabled={saving}
                      onChange={(e) => setField(column, e.target.value)}
                    >
                      <option value="">(custom attribute)</option>
                      {preview.available_fields.map((f) => (
                        <option key={f.field} value={f.field}>
                          {f.field}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="muted">
                    {column.reason}
                    {column.field === null || column.confidence >= 1
                      ? ''
                      : ` (${formatPercent(column.confidence, 0)} sure)`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="inline-form" style={{ marginTop: '1rem' }}>
          <div className="field">
            <label htmlFor={dateId}>Dates are written</label>
            <select
              id={dateId}
              value={upload.settings.date_format ?? ''}
              disabled={saving}
              onChange={(e) => {
                const { date_format: _drop, ...rest } = upload.settings;
                void configure(e.target.value === '' ? rest : { ...rest, date_format: e.target.value });
              }}
            >
              <option value="">Work it out</option>
              <option value="DMY">Day first (31/12/2025)</option>
              <option value="MDY">Month first (12/31/2025)</option>
              <option value="ISO">Year first (2025-12-31)</option>
            </select>
          </div>
          <div className="field">
            <button type="button" disabled={!ready || saving} onClick={onStart}>
              Import {formatCount(preview.rows)} rows
            </button>
          </div>
        </div>
        {error === null ? null : (
          <p className="error-text" role="alert">
            {error}
          </p>
        )}
      </section>
      <section className="card" aria-labelledby="rows-title">
        <h2 id="rows-title">First rows</h2>
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">The first rows of the file</caption>
            <thead>
              <tr>
                {preview.columns.map((c) => (
                  <th key={c.index} scope="col">
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.preview_rows.slice(0, 8).map((row, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: preview rows are positional
                <tr key={i}>
                  {row.map((cell, j) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                    <td key={j}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
