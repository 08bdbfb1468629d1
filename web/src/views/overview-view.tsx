import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import type { MonthlyPoint, Overview } from '../../../src/schema/api/overview.ts';
import { useApi } from '../api/index.ts';
import { useWorkspace } from '../app/workspace-context.ts';
import { Chart } from '../charts/chart.tsx';
import { AXIS_TEXT, PALETTE } from '../charts/palette.ts';
import { ChartCard } from '../components/chart-card.tsx';
import { DataTable } from '../components/data-table.tsx';
import { KpiCard } from '../components/kpi-card.tsx';
import { LoadState } from '../components/load-state.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { formatCount, formatDate, formatMoney, formatPercent } from '../format/index.ts';
import { useNarrowScreen } from '../hooks/use-narrow-screen.ts';

/** Headline numbers and the monthly trend. */
export function OverviewView() {
  const workspace = useWorkspace();
  const state = useApi<Overview>(workspace.path('/overview'));
  return (
    <>
      <PageHeader
        title="Overview"
        intro="How many customers you have, what they spend, and how many are drifting away."
      />
      <LoadState state={state} what="the overview">
        {(overview) => <OverviewBody overview={overview} />}
      </LoadState>
    </>
  );
}

function OverviewBody({ overview }: { overview: Overview }) {
  const narrow = useNarrowScreen();
  const option = useMemo(() => trendOption(overview.monthly, narrow), [overview.monthly, narrow]);
  if (overview.orders === 0) {
    return (
      <div className="card notice">
        <p>
          There are no orders yet. <a href="#/imports">Import your first export</a> to see your customers
          here.
        </p>
      </div>
    );
  }
  return (
    <>
      <section className="kpis" aria-label="Key figures">
        <KpiCard
          label="Customers"
          value={formatCount(overview.customers)}
          hint={`${formatCount(overview.customers_with_orders)} have ordered`}
        />
        <KpiCard
          label="Net revenue"
          value={formatMoney(overview.revenue)}
          hint={`${formatCount(overview.orders)} orders`}
        />
        <KpiCard label="Average order" value={formatMoney(overview.average_order_value)} />
        <KpiCard
          label="Repeat rate"
          value={formatPercent(overview.repeat_rate)}
          hint="ordered more than once"
        />
        <KpiCard
          label="Active"
          value={formatCount(overview.active_customers)}
          hint="new, active or back"
          tone="good"
        />
        <KpiCard
          label="At risk"
          value={formatCount(overview.at_risk_customers)}
          hint="late for their next order"
          tone="warn"
        />
      </section>
      <ChartCard
        id="trend"
        title="Monthly trend"
        caption={
          <>
            Bars show net revenue per month; the line shows how many customers ordered that month.
            {overview.as_of === null ? '' : ` Figures run up to ${formatDate(overview.as_of)}.`} A falling
            line with steady revenue means fewer customers are spending more each; check the at-risk list
            before it shows up in revenue.
          </>
        }
        table={
          <DataTable
            caption="Revenue, orders and customers per month"
            rows={overview.monthly}
            rowKey={(m) => m.month}
            columns={[
              { key: 'month', label: 'Month', render: (m) => m.month },
              { key: 'revenue', label: 'Net revenue', numeric: true, render: (m) => formatMoney(m.revenue) },
              { key: 'orders', label: 'Orders', numeric: true, render: (m) => formatCount(m.orders) },
              {
                key: 'customers',
                label: 'Customers ordering',
                numeric: true,
                render: (m) => formatCount(m.customers),
              },
              {
                key: 'new',
                label: 'New customers',
                numeric: true,
                render: (m) => formatCount(m.new_customers),
              },
            ]}
          />
        }
      >
        <Chart option={option} label="Bar and line chart of net revenue and customers ordering, per month" />
      </ChartCard>
    </>
  );
}

// On a phone the legend goes under the chart and the axis names go (the legend names the series).
function trendOption(monthly: readonly MonthlyPoint[], narrow: boolean): EChartsCoreOption {
  return {
    color: [PALETTE[0], PALETTE[1], PALETTE[2]],
    tooltip: { trigger: 'axis' },
    legend: { ...(narrow ? { bottom: 0 } : { top: 0 }), itemGap: 20, textStyle: { color: AXIS_TEXT } },
    grid: { left: 8, right: 8, top: narrow ? 16 : 40, bottom: narrow ? 64 : 8, containLabel: true },
    xAxis: { type: 'category', data: monthly.map((m) => m.month), axisLabel: { color: AXIS_TEXT } },
    yAxis: [
      {
        type: 'value',
        name: narrow ? '' : 'Revenue',
        axisLabel: { color: AXIS_TEXT },
        nameTextStyle: { color: AXIS_TEXT },
      },
      {
        type: 'value',
        name: narrow ? '' : 'Customers',
        splitLine: { show: false },
        axisLabel: { color: AXIS_TEXT },
        nameTextStyle: { color: AXIS_TEXT },
      },
    ],
    series: [
      { name: 'Net revenue', type: 'bar', data: monthly.map((m) => Math.round(m.revenue)) },
      {
        name: 'Customers ordering',
        type: 'line',
        yAxisIndex: 1,
        data: monthly.map((m) => m.customers),
        symbolSize: 5,
      },
      {
        name: 'New customers',
        type: 'line',
        yAxisIndex: 1,
        data: monthly.map((m) => m.new_customers),
        symbolSize: 5,
        lineStyle: { type: 'dashed' },
      },
    ],
  };
}
