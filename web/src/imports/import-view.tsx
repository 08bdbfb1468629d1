import { useState } from 'react';
import type { Upload } from '../../../src/schema/api/imports.ts';
import { useWorkspace } from '../app/workspace-context.ts';
import { PageHeader } from '../components/page-header.tsx';
import { FileDrop } from './file-drop.tsx';
import { ImportProgress } from './import-progress.tsx';
import { ImportResult } from './import-result.tsx';
import { MappingStep } from './mapping-step.tsx';
import { RecentImports } from './recent-imports.tsx';
import { StepList } from './step-list.tsx';
import { useUploadProgress } from './use-upload-progress.ts';

/**
 * The import wizard: choose a file, check the detected source and mapping (fix a column), import with
 * progress, then the reconciled result and the quarantined rows with their reasons.
 */
export function ImportView() {
  const workspace = useWorkspace();
  const [upload, setUpload] = useState<Upload | null>(null);
  const [finished, setFinished] = useState(0);
  const live = useUploadProgress(workspace.path.bind(workspace), upload, setUpload, () =>
    setFinished((n) => n + 1),
  );
  const step =
    upload === null
      ? 0
      : upload.state === 'uploaded'
        ? 1
        : upload.state === 'done' || upload.state === 'failed'
          ? 3
          : 2;
  return (
    <>
      <PageHeader
        title="Import data"
        intro="Bring in an export from your shop, till, payment or email tool (CSV, Excel, Parquet). Patron recognises common layouts, shows you how it will read each column, and keeps every row it cannot use, with the reason."
        actions={
          upload === null ? undefined : (
            <button type="button" className="secondary" onClick={() => setUpload(null)}>
              Import another file
            </button>
          )
        }
      />
      <StepList current={step} />
      {live.error === null ? null : (
        <div className="card notice notice-error" role="alert">
          {live.error}
        </div>
      )}
      {upload === null ? <FileDrop onUploaded={setUpload} /> : null}
      {upload !== null && upload.state === 'uploaded' ? (
        <MappingStep upload={upload} onChange={setUpload} onStart={live.start} />
      ) : null}
      {upload !== null && (upload.state === 'queued' || upload.state === 'running') ? (
        <ImportProgress upload={upload} />
      ) : null}
      {upload?.state === 'failed' ? (
        <div className="card notice notice-error" role="alert">
          <h2>The import did not run</h2>
          <p>{upload.error?.message ?? 'The import failed.'}</p>
          <p>Nothing from this file was saved. Fix the file or the mapping and try again.</p>
        </div>
      ) : null}
      {upload?.state === 'done' && upload.result !== null ? <ImportResult result={upload.result} /> : null}
      <RecentImports key={finished} />
    </>
  );
}
