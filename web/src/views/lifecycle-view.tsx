import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import type { LifecycleReport } from '../../../src/schema/api/analysis.ts';
import { useApi } from '../api/index.ts';
import { useWorkspace } from '../app/workspace-context.ts';
import { Chart } from '../charts/chart.tsx';
import { PALETTE } from '../charts/palette.ts';
import { ChartCard } from '../components/chart-card.tsx';
import { DataTable } from '../components/data-table.tsx';
import { LoadState } from '../components/load-state.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { formatCount, formatDate, formatPercent } from '../format/index.ts';

type Stage = LifecycleReport['stages'][number];

/** Lifecycle stages as a funnel, with the rule behind each stage. */
export function LifecycleView() {
  const workspace = useWorkspace();
  const state = useApi<LifecycleReport>(workspace.path('/lifecycle'));
  return (
    <>
      <PageHeader
        title="Lifecycle"
        intro="Where each customer is in their relationship with you, judged by their own buying rhythm rather than one fixed cut-off."
      />
      <LoadState state={state} what="lifecycle stages">
        {(report) => <LifecycleBody report={report} />}
      </LoadState>
    </>
  );
}

function LifecycleBody({ report }: { report: LifecycleReport }) {
  const total = report.stages.reduce((a, s) => a + s.customers, 0);
  const option = useMemo(() => funnelOption(report.stages), [report.stages]);
  return (
    <>
      <ChartCard
        id="lifecycle-funnel"
        title="Customers by stage"
        caption={
          <>
            Each band is one stage, widest for the stage holding the most customers. {report.usual_gap}{' '}
            Customers move down as they go quiet; the at-risk band is the one to act on now, with a reminder
            before they lapse.{report.as_of === null ? '' : ` As of ${formatDate(report.as_of)}.`}
          </>
        }
        table={<StageTable stages={report.stages} total={total} />}
      >
        <Chart option={option} height={360} label="Funnel of customers per lifecycle stage" />
      </ChartCard>
      <section className="card" aria-labelledby="stage-rules">
        <h2 id="stage-rules">How stages are decided</h2>
        <p className="muted">{report.order}</p>
        <StageTable stages={report.stages} total={total} />
      </section>
    </>
  );
}

function StageTable({ stages, total }: { stages: readonly Stage[]; total: number }) {
  return (
    <DataTable
      caption="Lifecycle stages"
      hideCaption
      rows={stages}
      rowKey={(s) => s.stage}
      columns={[
        { key: 'label', label: 'Stage', render: (s) => <strong>{s.label}</strong> },
        { key: 'n', label: 'Customers', numeric: true, render: (s) => formatCount(s.customers) },
        {
          key: 'share',
          label: 'Share',
          numeric: true,
          render: (s) => formatPercent(total === 0 ? null : s.customers / total),
        },
        { key: 'rule', label: 'Rule', render: (s) => s.rule },
      ]}
    />
  );
}

function funnelOption(stages: readonly Stage[]): EChartsCoreOption {
  const max = Math.max(1, ...stages.map((s) => s.customers));
  return {
    color: [...PALETTE],
    tooltip: { trigger: 'item', formatter: '{b}: {c} customers' },
    series: [
      {
        type: 'funnel',
        sort: 'none',
        left: '5%',
        width: '90%',
        top: 8,
        bottom: 8,
        min: 0,
        max,
        minSize: '8%',
        gap: 3,
        label: { show: true, position: 'inside', color: '#fff', fontWeight: 600, formatter: '{b}: {c}' },
        data: stages.map((s) => ({ name: s.label, value: s.customers })),
      },
    ],
  };
}
