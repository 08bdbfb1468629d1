import type { ClusteringResultOut } from '../../../src/schema/api/clusters.ts';
import { DataTable } from '../components/data-table.tsx';
import { formatPercent } from '../format/index.ts';
import type { ClusteringQuality, ClusteringStability, PerK } from './cluster-parts.ts';

/** How the number of groups was chosen and how much to trust the groups, in plain words. */
export function ClusterQuality({ result }: { result: ClusteringResultOut }) {
  const quality = result.quality as unknown as ClusteringQuality;
  const stability = (result as { stability?: ClusteringStability | null }).stability ?? null;
  const perK = result.per_k as unknown as PerK[];
  const separation =
    quality.silhouette >= 0.5
      ? 'clearly separated'
      : quality.silhouette >= 0.25
        ? 'fairly separated'
        : 'overlapping';
  return (
    <section className="card" aria-labelledby="quality-title">
      <h2 id="quality-title">How far to trust these groups</h2>
      <p>
        {result.reason} The groups are {separation} (silhouette {quality.silhouette.toFixed(2)}, from −1 to 1)
        {stability === null
          ? '.'
          : `, and ${formatPercent(stability.overall, 0)} of customers land in the same group when the data is resampled ${stability.resamples} times.`}
      </p>
      <details>
        <summary>Every number of groups tried</summary>
        <DataTable
          caption="Quality for each number of groups"
          rows={perK}
          rowKey={(r) => String(r.k)}
          columns={[
            { key: 'k', label: 'Groups', numeric: true, render: (r) => r.k },
            { key: 's', label: 'Silhouette', numeric: true, render: (r) => r.silhouette.toFixed(3) },
            {
              key: 'small',
              label: 'Smallest group',
              numeric: true,
              render: (r) => formatPercent(r.smallest_share),
            },
          ]}
        />
      </details>
    </section>
  );
}
