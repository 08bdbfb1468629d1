import type { EChartsCoreOption } from 'echarts/core';
import { useId, useMemo, useState } from 'react';
import type { CohortMatrix } from '../../../src/schema/api/analysis.ts';
import { useApi } from '../api/index.ts';
import { useWorkspace } from '../app/workspace-context.ts';
import { Chart } from '../charts/chart.tsx';
import { AXIS_TEXT, HEAT } from '../charts/palette.ts';
import { ChartCard } from '../components/chart-card.tsx';
import { DataTable } from '../components/data-table.tsx';
import { LoadState } from '../components/load-state.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { formatCount, formatMoney, formatPercent } from '../format/index.ts';

type Split = CohortMatrix['by'];
type Metric = 'retention' | 'revenue_per_customer';
type Cohort = CohortMatrix['cohorts'][number];

/** The retention heatmap: customers grouped by the month they first bought. */
export function CohortsView() {
  const workspace = useWorkspace();
  const [by, setBy] = useState<Split>('month');
  const [metric, setMetric] = useState<Metric>('retention');
  const byId = useId();
  const metricId = useId();
  const state = useApi<CohortMatrix>(workspace.path(`/cohorts?by=${by}&months=12`));
  return (
    <>
      <PageHeader
        title="Cohorts"
        intro="Customers grouped by the month of their first order, and how many came back in each month after."
        actions={
          <div className="inline-form">
            <div className="field">
              <label htmlFor={byId}>Group by</label>
              <select id={byId} value={by} onChange={(e) => setBy(e.target.value as Split)}>
                <option value="month">First-order month</option>
                <option value="category">Month and first category</option>
                <option value="channel">Month and channel</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor={metricId}>Show</label>
              <select id={metricId} value={metric} onChange={(e) => setMetric(e.target.value as Metric)}>
                <option value="retention">Share who came back</option>
                <option value="revenue_per_customer">Revenue per customer</option>
              </select>
            </div>
          </div>
        }
      />
      <LoadState state={state} what="the cohort matrix">
        {(matrix) => <CohortBody matrix={matrix} metric={metric} />}
      </LoadState>
    </>
  );
}

function CohortBody({ matrix, metric }: { matrix: CohortMatrix; metric: Metric }) {
  const cohorts = matrix.cohorts;
  const option = useMemo(
    () => heatmapOption(cohorts, matrix.months, metric),
    [cohorts, matrix.months, metric],
  );
  const format = (v: number | null | undefined) =>
    metric === 'retention' ? formatPercent(v, 0) : formatMoney(v);
  const height = Math.max(260, 60 + cohorts.length * 26);
  const columns = Array.from({ length: matrix.months + 1 }, (_, m) => ({
    key: `m${m}`,
    label: m === 0 ? 'Month 0' : `+${m}`,
    numeric: true,
    render: (c: Cohort) => format(c[metric][m]),
  }));
  return (
    <ChartCard
      id="cohort-heatmap"
      title={metric === 'retention' ? 'Retention by cohort' : 'Revenue per customer by cohort'}
      caption={
        metric === 'retention' ? (
          <>
            Each row is the customers who first bought in that month; each column is a month after that. A
            square shows the share of the row's customers who ordered again in that month (darker = more came
            back). Compare rows: if recent cohorts fade faster than older ones, look at what changed in your
            welcome and second-order offers.
          </>
        ) : (
          <>
            Each square is the average revenue per customer of the cohort in that month after their first
            order. Cohorts that keep spending show where your best customers came from.
          </>
        )
      }
      table={
        <DataTable
          caption="Cohort matrix"
          rows={cohorts}
          rowKey={(c) => c.label}
          columns={[
            { key: 'label', label: 'Cohort', render: (c) => c.label },
            { key: 'size', label: 'Customers', numeric: true, render: (c) => formatCount(c.size) },
            ...columns,
          ]}
        />
      }
    >
      {cohorts.length === 0 ? (
        <p className="muted">No cohorts yet: they appear once customers have ordered.</p>
      ) : (
        <Chart option={option} height={height} label="Heatmap of cohorts by months since first order" />
      )}
    </ChartCard>
  );
}

function heatmapOption(cohorts: readonly Cohort[], months: number, metric: Metric): EChartsCoreOption {
  const data: [number, number, number][] = [];
  cohorts.forEach((c, row) => {
    c[metric].forEach((v, m) => {
      if (v !== null && v !== undefined) data.push([m, row, v]);
    });
  });
  // Month 0 is 100 % retention by definition: scale the colours on the later months.
  const later = data.filter((d) => metric !== 'retention' || d[0] > 0).map((d) => d[2]);
  const max = Math.max(metric === 'retention' ? 0.05 : 1, ...later);
  return {
    tooltip: {
      formatter: (p: { data: [number, number, number] }) => {
        const cohort = cohorts[p.data[1]];
        const value = metric === 'retention' ? formatPercent(p.data[2]) : formatMoney(p.data[2]);
        return `${cohort?.label ?? ''}, month ${p.data[0]}: ${value}`;
      },
    },
    grid: { left: 8, right: 8, top: 8, bottom: 40, containLabel: true },
    xAxis: {
      type: 'category',
      data: Array.from({ length: months + 1 }, (_, m) => String(m)),
      name: 'Months after first order',
      nameLocation: 'middle',
      nameGap: 26,
      nameTextStyle: { color: AXIS_TEXT },
      axisLabel: { color: AXIS_TEXT },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: cohorts.map((c) => `${c.label} (${formatCount(c.size)})`),
      axisLabel: { color: AXIS_TEXT, fontSize: 11 },
    },
    visualMap: { show: false, min: 0, max, inRange: { color: [...HEAT] } },
    series: [
      {
        type: 'heatmap',
        data,
        label: {
          show: true,
          fontSize: 10,
          formatter: (p: { data: [number, number, number] }) =>
            metric === 'retention' ? `${Math.round(p.data[2] * 100)}` : `${Math.round(p.data[2])}`,
        },
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
      },
    ],
  };
}
