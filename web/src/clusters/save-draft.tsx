import { type FormEvent, useId, useState } from 'react';
import type { ClusteringResultOut, SavedClustering } from '../../../src/schema/api/clusters.ts';
import { apiFetch } from '../api/index.ts';
import { useWorkspace } from '../app/workspace-context.ts';

/** Names and saves the groups on screen, with one segment per group. */
export function SaveDraft({
  draft,
  onSaved,
}: {
  draft: { result: ClusteringResultOut; features: string; k: 'auto' | number };
  onSaved: (name: string) => void;
}) {
  const workspace = useWorkspace();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nameId = useId();
  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const saved = await apiFetch<SavedClustering>(workspace.path('/clusters'), {
        method: 'POST',
        // The same request as the run, so the saved groups are the ones on screen (same seed).
        body: JSON.stringify({
          features: draft.features,
          k: draft.k,
          method: 'auto',
          seed: 0,
          name: name.trim(),
          segments: true,
        }),
      });
      onSaved(saved.name);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  }
  return (
    <form className="card notice inline-form" onSubmit={(e) => void save(e)} aria-label="Save these groups">
      <p style={{ flexBasis: '100%', margin: 0 }}>
        These {draft.result.k} groups are not saved yet. Save them to keep them up to date after each import,
        with one segment per group.
      </p>
      <div className="field grow">
        <label htmlFor={nameId}>Name</label>
        <input id={nameId} value={name} maxLength={64} required onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <button type="submit" disabled={busy || name.trim() === ''}>
          {busy ? 'Saving …' : 'Save groups'}
        </button>
      </div>
      {error === null ? null : (
        <p className="error-text" role="alert" style={{ flexBasis: '100%' }}>
          {error}
        </p>
      )}
    </form>
  );
}
