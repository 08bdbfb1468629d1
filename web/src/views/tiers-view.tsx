import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import type { ValueTiersReport } from '../../../src/schema/api/analysis.ts';
import { useApi } from '../api/index.ts';
import { useWorkspace } from '../app/workspace-context.ts';
import { Chart } from '../charts/chart.tsx';
import { AXIS_TEXT, PALETTE } from '../charts/palette.ts';
import { ChartCard } from '../components/chart-card.tsx';
import { DataTable } from '../components/data-table.tsx';
import { KpiCard } from '../components/kpi-card.tsx';
import { LoadState } from '../components/load-state.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { formatCount, formatMoney, formatPercent } from '../format/index.ts';

const TIER_NAMES = { high: 'High value', medium: 'Medium value', low: 'Low value' } as const;

/** Value tiers and how concentrated revenue is among the best customers. */
export function TiersView() {
  const workspace = useWorkspace();
  const state = useApi<ValueTiersReport>(workspace.path('/value-tiers'));
  return (
    <>
      <PageHeader
        title="Value tiers"
        intro="Customers ranked by what they have spent, and how much of your revenue depends on the few at the top."
      />
      <LoadState state={state} what="value tiers">
        {(report) => <TiersBody report={report} />}
      </LoadState>
    </>
  );
}

function TiersBody({ report }: { report: ValueTiersReport }) {
  const c = report.concentration;
  const curve = useMemo(() => curveOption(c.curve), [c.curve]);
  const totalCustomers = report.tiers.reduce((a, t) => a + t.customers, 0);
  return (
    <>
      <section className="kpis" aria-label="Revenue concentration">
        <KpiCard
          label="Top 1 % of customers"
          value={formatPercent(c.top_1_percent_share)}
          hint="of net revenue"
        />
        <KpiCard label="Top 10 %" value={formatPercent(c.top_10_percent_share)} hint="of net revenue" />
        <KpiCard label="Top 20 %" value={formatPercent(c.top_20_percent_share)} hint="of net revenue" />
        <KpiCard
          label="Buying customers"
          value={formatCount(c.customers)}
          hint={`${formatMoney(c.net_revenue)} net`}
        />
      </section>
      <div className="grid-2">
        <ChartCard
          id="concentration"
          title="Revenue concentration"
          caption={
            <>
              Customers are lined up from the biggest spender to the smallest. The curve shows what share of
              revenue the first x % of them bring in; the dashed line is what it would be if everyone spent
              the same. The higher the curve bows, the more you depend on your top customers: look after them
              first.
            </>
          }
          table={
            <DataTable
              caption="Share of revenue from the top customers"
              rows={c.curve.filter((_, i) => i % Math.max(1, Math.floor(c.curve.length / 20)) === 0)}
              rowKey={(p) => String(p.customer_share)}
              columns={[
                {
                  key: 'c',
                  label: 'Top share of customers',
                  numeric: true,
                  render: (p) => formatPercent(p.customer_share),
                },
                {
                  key: 'r',
                  label: 'Share of revenue',
                  numeric: true,
                  render: (p) => formatPercent(p.revenue_share),
                },
              ]}
            />
          }
        >
          <Chart
            option={curve}
            label="Curve of cumulative revenue share against cumulative customer share, largest spenders first"
          />
        </ChartCard>
        <section className="card" aria-labelledby="tiers-title">
          <h2 id="tiers-title">Tiers</h2>
          <DataTable
            caption="Value tiers"
            hideCaption
            rows={report.tiers}
            rowKey={(t) => t.tier}
            columns={[
              { key: 'tier', label: 'Tier', render: (t) => <strong>{TIER_NAMES[t.tier]}</strong> },
              {
                key: 'n',
                label: 'Customers',
                numeric: true,
                render: (t) => (
                  <>
                    {formatCount(t.customers)}
                    <div className="muted">
                      {formatPercent(totalCustomers === 0 ? null : t.customers / totalCustomers)}
                    </div>
                  </>
                ),
              },
              {
                key: 'rev',
                label: 'Revenue',
                numeric: true,
                render: (t) => (
                  <>
                    {formatMoney(t.revenue)}
                    <div className="muted">{formatPercent(t.revenue_share)}</div>
                  </>
                ),
              },
              {
                key: 'range',
                label: 'Spent',
                numeric: true,
                render: (t) => `${formatMoney(t.min_amount_spent)} – ${formatMoney(t.max_amount_spent)}`,
              },
            ]}
          />
          <p className="caption">
            High value is the top 20 % of spenders, medium the next 30 %, low the rest (the shares are a shop
            setting). Use the tiers in segment rules, e.g. <code>value_tier = 'high'</code>.
          </p>
        </section>
      </div>
    </>
  );
}

function curveOption(curve: ValueTiersReport['concentration']['curve']): EChartsCoreOption {
  const points = [[0, 0], ...curve.map((p) => [p.customer_share * 100, p.revenue_share * 100])];
  return {
    color: [PALETTE[0]],
    tooltip: {
      trigger: 'axis',
      formatter: (params: { data: [number, number] }[]) => {
        const p = params[0]?.data;
        return p === undefined
          ? ''
          : `Top ${p[0].toFixed(1)} % of customers: ${p[1].toFixed(1)} % of revenue`;
      },
    },
    grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
    xAxis: {
      type: 'value',
      min: 0,
      max: 100,
      name: 'Share of customers, biggest spenders first (%)',
      nameLocation: 'middle',
      nameGap: 26,
      nameTextStyle: { color: AXIS_TEXT },
      axisLabel: { color: AXIS_TEXT },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: 100,
      name: 'Share of revenue (%)',
      nameLocation: 'middle',
      nameGap: 36,
      nameTextStyle: { color: AXIS_TEXT },
      axisLabel: { color: AXIS_TEXT },
    },
    series: [
      {
        type: 'line',
        name: 'Revenue share',
        showSymbol: false,
        areaStyle: { opacity: 0.12 },
        data: points,
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { type: 'dashed', color: '#8793a1' },
          label: { show: false },
          data: [[{ coord: [0, 0] }, { coord: [100, 100] }]],
        },
      },
    ],
  };
}
