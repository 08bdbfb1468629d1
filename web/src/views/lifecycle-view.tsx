import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import type { LifecycleReport } from '../../../src/schema/api/analysis.ts';
import type { Overview } from '../../../src/schema/api/overview.ts';
import { useApi } from '../api/index.ts';
import { useWorkspace } from '../app/workspace-context.ts';
import { Chart } from '../charts/chart.tsx';
import { AXIS_TEXT, PALETTE } from '../charts/palette.ts';
import { ChartCard } from '../components/chart-card.tsx';
import { DataTable } from '../components/data-table.tsx';
import { LoadState } from '../components/load-state.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { formatCount, formatDate, formatPercent } from '../format/index.ts';
import { journeySteps } from '../lifecycle/journey-steps.ts';

type Stage = LifecycleReport['stages'][number];

/** The journey funnel (customer → buyer → repeat buyer) and the lifecycle stages with their rules. */
export function LifecycleView() {
  const workspace = useWorkspace();
  const lifecycle = useApi<LifecycleReport>(workspace.path('/lifecycle'));
  const overview = useApi<Overview>(workspace.path('/overview'));
  return (
    <>
      <PageHeader
        title="Lifecycle"
        intro="Where each customer is in their relationship with you, judged by their own buying rhythm rather than one fixed cut-off."
      />
      <LoadState state={overview} what="the customer journey">
        {(o) => <JourneyFunnel overview={o} />}
      </LoadState>
      <LoadState state={lifecycle} what="lifecycle stages">
        {(report) => <Stages report={report} />}
      </LoadState>
    </>
  );
}

function JourneyFunnel({ overview }: { overview: Overview }) {
  const steps = useMemo(() => journeySteps(overview), [overview]);
  const option = useMemo<EChartsCoreOption>(
    () => ({
      color: [...PALETTE],
      tooltip: { trigger: 'item', formatter: '{b}: {c}' },
      series: [
        {
          type: 'funnel',
          sort: 'none',
          left: '10%',
          width: '80%',
          top: 8,
          bottom: 8,
          min: 0,
          max: Math.max(1, steps[0]?.customers ?? 1),
          minSize: '18%',
          gap: 3,
          label: { show: true, position: 'inside', color: '#fff', fontWeight: 600, formatter: '{b}: {c}' },
          data: steps.map((s) => ({ name: s.label, value: s.customers })),
        },
      ],
    }),
    [steps],
  );
  return (
    <ChartCard
      id="journey-funnel"
      title="From first order to regular"
      caption={
        <>
          Each band is narrower than the one above by the customers lost at that step: everyone you know,
          those who ordered, and those who came back for a second order. A big drop at the last step means
          first-time buyers are not returning: give them a reason for a second visit soon after the first.
        </>
      }
      table={
        <DataTable
          caption="Customer journey"
          rows={steps}
          rowKey={(s) => s.label}
          columns={[
            { key: 'step', label: 'Step', render: (s) => s.label },
            { key: 'n', label: 'Customers', numeric: true, render: (s) => formatCount(s.customers) },
            {
              key: 'prev',
              label: 'Of the step before',
              numeric: true,
              render: (s) => formatPercent(s.shareOfPrevious),
            },
          ]}
        />
      }
    >
      <Chart option={option} height={240} label="Funnel from all customers to buyers and repeat buyers" />
    </ChartCard>
  );
}

function Stages({ report }: { report: LifecycleReport }) {
  const total = report.stages.reduce((a, s) => a + s.customers, 0);
  const option = useMemo(() => stageBars(report.stages), [report.stages]);
  return (
    <>
      <ChartCard
        id="lifecycle-stages"
        title="Customers by stage"
        caption={
          <>
            How many customers are in each stage today. Customers move towards lost as they go quiet; the
            at-risk bar is the one to act on now, with a reminder before they lapse. The rule behind each
            stage is in the table below.{report.as_of === null ? '' : ` As of ${formatDate(report.as_of)}.`}
          </>
        }
      >
        <Chart
          option={option}
          height={Math.max(220, 44 * report.stages.length)}
          label="Bar chart of customers per lifecycle stage"
        />
      </ChartCard>
      <section className="card" aria-labelledby="stage-rules">
        <h2 id="stage-rules">How stages are decided</h2>
        <p className="muted">
          {report.usual_gap} {report.order}
        </p>
        <DataTable
          caption="Lifecycle stages"
          hideCaption
          rows={report.stages}
          rowKey={(s) => s.stage}
          columns={[
            { key: 'label', label: 'Stage', render: (s: Stage) => <strong>{s.label}</strong> },
            { key: 'n', label: 'Customers', numeric: true, render: (s: Stage) => formatCount(s.customers) },
            {
              key: 'share',
              label: 'Share',
              numeric: true,
              render: (s: Stage) => formatPercent(total === 0 ? null : s.customers / total),
            },
            { key: 'rule', label: 'Rule', render: (s: Stage) => s.rule },
          ]}
        />
      </section>
    </>
  );
}

function stageBars(stages: readonly Stage[]): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', splitNumber: 4, axisLabel: { color: AXIS_TEXT, hideOverlap: true } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: stages.map((s) => s.label),
      axisLabel: { color: AXIS_TEXT },
    },
    series: [
      {
        type: 'bar',
        name: 'Customers',
        data: stages.map((s, i) => ({
          value: s.customers,
          itemStyle: { color: PALETTE[i % PALETTE.length] },
        })),
        label: { show: true, position: 'right', color: AXIS_TEXT },
        barMaxWidth: 28,
      },
    ],
  };
}
