import type { Segment, SegmentList } from '../../../src/schema/api/segments.ts';
import { useApi } from '../api/index.ts';
import { useWorkspace } from '../app/workspace-context.ts';
import { DataTable } from '../components/data-table.tsx';
import { LoadState } from '../components/load-state.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { formatCount, formatMoney, formatPercent } from '../format/index.ts';
import { routeHref } from '../router/index.ts';
import { SegmentOverlap } from '../segments/segment-overlap.tsx';

/** Saved segments with their size and KPIs. */
export function SegmentsView() {
  const workspace = useWorkspace();
  const state = useApi<SegmentList>(workspace.path('/segments'));
  return (
    <>
      <PageHeader
        title="Segments"
        intro="Groups of customers defined by a rule. Membership updates after every import, so a segment always holds the customers who match today."
        actions={
          <a className="button" href={routeHref({ name: 'segment-builder', segmentId: null, rule: '' })}>
            New segment
          </a>
        }
      />
      <LoadState state={state} what="segments">
        {(list) => (
          <section className="card" aria-labelledby="segments-title">
            <h2 id="segments-title">Saved segments</h2>
            <DataTable
              caption="Saved segments"
              hideCaption
              rows={list.segments}
              rowKey={(s) => s.id}
              empty="No segments yet. Create one to follow a group of customers over time."
              columns={columns(workspace.path.bind(workspace))}
            />
            <p className="caption">
              Share is the segment's part of all customers; revenue share its part of net revenue. Retention
              is the share of members older than 90 days who ordered in the last 90 days. Historical value is
              average net spend per member.
            </p>
          </section>
        )}
      </LoadState>
      <SegmentOverlap />
    </>
  );
}

function columns(path: (p: string) => string) {
  return [
    {
      key: 'name',
      label: 'Segment',
      render: (s: Segment) => (
        <>
          <a href={routeHref({ name: 'segment-builder', segmentId: s.id, rule: '' })}>
            <strong>{s.name}</strong>
          </a>
          {s.description === null ? null : <div className="muted">{s.description}</div>}
          <div className="mono muted" style={{ fontSize: '0.82rem' }}>
            {s.rule}
          </div>
        </>
      ),
    },
    { key: 'size', label: 'Members', numeric: true, render: (s: Segment) => formatCount(s.size) },
    {
      key: 'share',
      label: 'Share',
      numeric: true,
      render: (s: Segment) => formatPercent(s.kpis?.share_of_customers),
    },
    {
      key: 'rev',
      label: 'Revenue share',
      numeric: true,
      render: (s: Segment) => formatPercent(s.kpis?.revenue_share),
    },
    {
      key: 'aov',
      label: 'Avg order',
      numeric: true,
      render: (s: Segment) => formatMoney(s.kpis?.average_order_value),
    },
    {
      key: 'repeat',
      label: 'Repeat rate',
      numeric: true,
      render: (s: Segment) => formatPercent(s.kpis?.repeat_rate),
    },
    {
      key: 'ret',
      label: 'Retention 90 d',
      numeric: true,
      render: (s: Segment) => formatPercent(s.kpis?.retention_90d),
    },
    {
      key: 'clv',
      label: 'Historical value',
      numeric: true,
      render: (s: Segment) => formatMoney(s.kpis?.historical_clv),
    },
    {
      key: 'csv',
      label: 'Export',
      render: (s: Segment) => (
        <a className="nowrap" href={path(`/segments/${encodeURIComponent(s.id)}/members.csv`)} download>
          Members CSV<span className="visually-hidden"> for {s.name}</span>
        </a>
      ),
    },
  ];
}
