import { type FormEvent, useId, useState } from 'react';
import type { ClusteringResultOut } from '../../../src/schema/api/clusters.ts';
import { apiFetch } from '../api/index.ts';
import { useWorkspace } from '../app/workspace-context.ts';

const PRESETS = [
  { value: 'rfm', label: 'How recently, how often and how much they buy' },
  { value: 'behaviour', label: 'What and how they buy (categories, channels, discounts, timing)' },
  { value: 'psychographic', label: 'What they told you (survey answers and preferences)' },
] as const;

/** The form that runs a clustering of the shop's customers (not saved until the owner names it). */
export function FindGroups({
  onFound,
}: {
  onFound: (result: ClusteringResultOut, features: string, k: 'auto' | number) => void;
}) {
  const workspace = useWorkspace();
  const [features, setFeatures] = useState<string>('rfm');
  const [k, setK] = useState<'auto' | number>('auto');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const featuresId = useId();
  const kId = useId();

  async function run(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await apiFetch<ClusteringResultOut>(workspace.path('/clusters/run'), {
        method: 'POST',
        body: JSON.stringify({ features, k, method: 'auto', seed: 0 }),
      });
      onFound(result, features, k);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card" onSubmit={(e) => void run(e)} aria-labelledby="find-title">
      <h2 id="find-title">Find groups</h2>
      <div className="inline-form">
        <div className="field grow">
          <label htmlFor={featuresId}>Group customers by</label>
          <select id={featuresId} value={features} onChange={(e) => setFeatures(e.target.value)}>
            {PRESETS.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={kId}>Number of groups</label>
          <select
            id={kId}
            value={String(k)}
            onChange={(e) => setK(e.target.value === 'auto' ? 'auto' : Number(e.target.value))}
          >
            <option value="auto">Let Patron choose</option>
            {[2, 3, 4, 5, 6, 7, 8].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <button type="submit" disabled={busy}>
            {busy ? 'Finding groups …' : 'Find groups'}
          </button>
        </div>
      </div>
      <p className="help muted">Age, gender and similar personal traits are never used to form groups.</p>
      {error === null ? null : (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
