import { type DragEvent, useId, useState } from 'react';
import type { Upload } from '../../../src/schema/api/imports.ts';
import { apiFetch } from '../api/index.ts';
import { useWorkspace } from '../app/workspace-context.ts';

/** Drop a file on the box, or choose one; it is uploaded and read for a preview. */
export function FileDrop({ onUploaded }: { onUploaded: (upload: Upload) => void }) {
  const workspace = useWorkspace();
  const [over, setOver] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();

  async function send(file: File) {
    setBusy(file.name);
    setError(null);
    const form = new FormData();
    form.append('file', file, file.name);
    try {
      onUploaded(await apiFetch<Upload>(workspace.path('/imports/uploads'), { method: 'POST', body: form }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(null);
    }
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file !== undefined) void send(file);
  }

  return (
    <section className="card" aria-labelledby="choose-title">
      <h2 id="choose-title">Your export file</h2>
      {/* The box is a drop target for the mouse; the file input inside it is the keyboard way in. */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: drag and drop has no keyboard form; the input below does */}
      <div
        className={over ? 'drop-zone over' : 'drop-zone'}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <p>
          <strong>Drop an export here</strong>, or
        </p>
        <label htmlFor={inputId} className="button">
          Choose a file
        </label>
        <input
          id={inputId}
          className="visually-hidden-input"
          type="file"
          accept=".csv,.tsv,.txt,.gz,.xlsx,.parquet,text/csv"
          disabled={busy !== null}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file !== undefined) void send(file);
          }}
        />
        <p className="muted">CSV or TSV (any delimiter and encoding), gzip, Excel .xlsx or Parquet.</p>
        <p aria-live="polite">{busy === null ? '' : `Reading ${busy} …`}</p>
      </div>
      {error === null ? null : (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
