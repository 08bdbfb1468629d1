import { useEffect, useId, useState } from 'react';
import type {
  ClusteringDetailOut,
  ClusteringList,
  ClusteringResultOut,
  ClusterSegmentCreated,
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
import { FindGroups } from './find-groups.tsx';
import { SaveDraft } from './save-draft.tsx';

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
