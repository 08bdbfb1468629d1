import type { Upload } from '../../../src/schema/api/imports.ts';

const STAGES: Record<string, string> = {
  reading: 'Reading the file',
  parsing: 'Checking every row',
  matching: 'Matching customers',
  loading: 'Saving',
  refreshing: 'Updating features and segments',
};

/** The running import: its stage and how far it is. */
export function ImportProgress({ upload }: { upload: Upload }) {
  const stage = upload.stage === null ? 'Waiting to start' : (STAGES[upload.stage] ?? upload.stage);
  return (
    <section className="card" aria-labelledby="progress-title">
      <h2 id="progress-title">Importing {upload.file}</h2>
      <p aria-live="polite">{stage} …</p>
      <progress
        max={1}
        value={upload.fraction}
        aria-label={`${stage}: ${Math.round(upload.fraction * 100)} %`}
      />
    </section>
  );
}
