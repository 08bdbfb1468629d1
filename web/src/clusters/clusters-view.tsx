import { type FormEvent, useEffect, useId, useState } from 'react';
import type {
  ClusteringDetailOut,
  ClusteringList,
  ClusteringResultOut,
  ClusterSegmentCreated,
  SavedClustering,
} from '../../../src/schema/api/clusters.ts';
import type { SegmentList } from '../../../src/schema/api/segments.ts';
import { apiFetch, useApi } from '../api/index.ts';
import { useWorkspace } from '../app/workspace-context.ts';
import { LoadState } from '../components/load-state.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { navigate } from '../router/index.ts';
import { ClusterMapChart } from './cluster-map-chart.tsx';
import { ClusterProfiles } from './cluster-profiles.tsx';
import { ClusterQuality } from './cluster-quality.tsx';
import { clusterRule } from './cluster-rule.ts';

const PRESETS = [
  { value: 'rfm', label: 'How recently, how often and how much they buy' },
  { value: 'behaviour', label: 'What and how they buy (categories, channels, discounts, timing)' },
  { value: 'psychographic', label: 'What they told you (survey answers and preferences)' },
] as const;

/** Customer groups found by clustering: find new ones, or look at a saved clustering; map and profiles. */
export function ClustersView() {
  const workspace = useWorkspace();
  const saved = useApi<ClusteringList>(workspace.path('/clusters'));
  const [selected, setSelected] = useState<string | null>(null);
  const [draft, setDraft] = useState<{
    result: ClusteringResultOut;
    features: string;
    k: 'auto' | number;
  } | null>(null);
  const savedId = useId();

  useEffect(() => {
    if (selected === null && draft === null && saved.data !== null)
      setSelected(saved.data.clusterings[0]?.name ?? null);
  }, [saved.data, selected, draft]);

  return (
    <>
      <PageHeader
        title="Clusters"
        intro="Groups of customers who buy alike, found from the data rather than from rules you write. Each group gets a name and a description of what sets it apart."
      />
      <FindGroups
        onFound={(result, features, k) => {
          setDraft({ result, features, k });
          setSelected(null);
        }}
      />
      <LoadState state={saved} what="saved clusterings">
        {(list) =>
          list.clusterings.length === 0 ? (
            draft === null ? (
              <p className="card notice">
                No saved groups yet. Choose what to group customers by and press Find groups: it takes a few
                seconds, and you can look at the groups before saving them.
              </p>
            ) : null
          ) : (
            <div className="card inline-form">
              <div className="field">
                <label htmlFor={savedId}>Saved clustering</label>
                <select
                  id={savedId}
                  value={selected ?? ''}
                  onChange={(e) => {
                    setSelected(e.target.value === '' ? null : e.target.value);
                    setDraft(null);
                  }}
                >
                  <option value="">(none)</option>
                  {list.clusterings.map((c) => (
                    <option key={c.name} value={c.name}>
                      {c.name} ({c.k} groups, {c.features})
                    </option>
                  ))}
                </select>
              </div>
            </div>
          )
        }
      </LoadState>
      {draft === null ? null : (
        <>
          <SaveDraft
            draft={draft}
            onSaved={(name) => {
              setDraft(null);
              setSelected(name);
              saved.reload();
            }}
          />
          <ClusteringBody result={draft.result} />
        </>
      )}
      {selected === null || draft !== null ? null : <SavedClusteringView key={selected} name={selected} />}
    </>
  );
}

function ClusteringBody({
  result,
  onMakeSegment,
  segments,
}: {
  result: ClusteringResultOut;
  onMakeSegment?: (cluster: number) => void;
  segments?: ReadonlyMap<number, { id: string; size: number }>;
}) {
  return (
    <>
      <div className="grid-side">
        <ClusterMapChart result={result} />
        <ClusterProfiles
          result={result}
          {...(onMakeSegment === undefined ? {} : { onMakeSegment })}
          {...(segments === undefined ? {} : { segments })}
        />
      </div>
      <ClusterQuality result={result} />
    </>
  );
}

function SavedClusteringView({ name }: { name: string }) {
  const workspace = useWorkspace();
  const state = useApi<ClusteringDetailOut>(workspace.path(`/clusters/${encodeURIComponent(name)}`));
  const segmentList = useApi<SegmentList>(workspace.path('/segments'));
  const [error, setError] = useState<string | null>(null);
  async function makeSegment(cluster: number) {
    setError(null);
    try {
      const created = await apiFetch<ClusterSegmentCreated>(
        workspace.path(`/clusters/${encodeURIComponent(name)}/clusters/${cluster}/segment`),
        { method: 'POST', body: '{}' },
      );
      navigate({ name: 'segment-builder', segmentId: created.id, rule: '' });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }
  return (
    <LoadState state={state} what={`the clustering ${name}`}>
      {(detail) => (
        <>
          {error === null ? null : (
            <p className="card notice notice-error" role="alert">
              {error}
            </p>
          )}
          <ClusteringBody
            result={detail.result}
            onMakeSegment={(c) => void makeSegment(c)}
            segments={segmentsByCluster(detail, segmentList.data)}
          />
        </>
      )}
    </LoadState>
  );
}

function FindGroups({
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

function SaveDraft({
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

/** The saved segment that follows each group of the clustering (found by its in_cluster rule). */
function segmentsByCluster(
  detail: ClusteringDetailOut,
  list: SegmentList | null,
): ReadonlyMap<number, { id: string; size: number }> {
  const byRule = new Map((list?.segments ?? []).map((s) => [s.rule.trim(), s]));
  const found = new Map<number, { id: string; size: number }>();
  for (const p of detail.result.profiles) {
    const segment = byRule.get(clusterRule(detail.name, p.name));
    if (segment !== undefined) found.set(p.cluster, { id: segment.id, size: segment.size });
  }
  return found;
}
