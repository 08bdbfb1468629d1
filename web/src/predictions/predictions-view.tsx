import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import type { AtRiskList, ClvDistributionOut } from '../../../src/schema/api/predictions.ts';
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
import { routeHref } from '../router/index.ts';
import { ValidationCard } from './validation-card.tsx';

/** Predicted customer value, who is likely to churn and why, and how well the model predicted the past. */
export function PredictionsView() {
  const workspace = useWorkspace();
  const clv = useApi<ClvDistributionOut>(workspace.path('/predictions/clv'));
  const atRisk = useApi<AtRiskList>(workspace.path('/predictions/at-risk?min_churn=0.5&limit=15'));
  return (
    <>
      <PageHeader
        title="Predictions"
        intro="What each customer is likely to spend next year, who is likely to have stopped buying, and a check of the model against your own history."
      />
      <LoadState state={clv} what="predicted value">
        {(d) => (d.customers === 0 ? <NoPredictions /> : <ClvPart distribution={d} />)}
      </LoadState>
      <LoadState state={atRisk} what="the churn-risk list">
        {(list) => <AtRiskPart list={list} />}
      </LoadState>
      <ValidationCard />
    </>
  );
}

function NoPredictions() {
  return (
    <div className="card notice">
      <p>
        No predictions yet. Patron computes them after an import once there is enough repeat buying to learn
        from; the check below says why when it cannot.
      </p>
    </div>
  );
}

function ClvPart({ distribution }: { distribution: ClvDistributionOut }) {
  const d = distribution;
  const histogram = useMemo<EChartsCoreOption>(
    () => ({
      color: [PALETTE[0]],
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 8, top: 32, bottom: 40, containLabel: true },
      xAxis: {
        type: 'category',
        data: d.bins.map((b, i) =>
          i === d.bins.length - 1 ? `${Math.round(b.from)}+` : `${Math.round(b.from)}–${Math.round(b.to)}`,
        ),
        name: 'Predicted value over the next year',
        nameLocation: 'middle',
        nameGap: 28,
        nameTextStyle: { color: AXIS_TEXT },
        axisLabel: { color: AXIS_TEXT, hideOverlap: true },
      },
      yAxis: {
        type: 'value',
        name: 'Customers',
        nameTextStyle: { color: AXIS_TEXT },
        axisLabel: { color: AXIS_TEXT },
      },
      series: [
        { type: 'bar', name: 'Customers', data: d.bins.map((b) => b.customers), barCategoryGap: '8%' },
      ],
    }),
    [d.bins],
  );
  const churnBands = useMemo(() => orderBands(d.churn_bands), [d.churn_bands]);
  const bands = useMemo<EChartsCoreOption>(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', splitNumber: 3, axisLabel: { color: AXIS_TEXT, hideOverlap: true } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: churnBands.map((b) => b.band),
        axisLabel: { color: AXIS_TEXT },
      },
      series: [
        {
          type: 'bar',
          name: 'Customers',
          data: churnBands.map((b) => ({ value: b.customers, itemStyle: { color: bandColour(b.band) } })),
          label: { show: true, position: 'right', color: AXIS_TEXT },
          barMaxWidth: 28,
        },
      ],
    }),
    [churnBands],
  );
  return (
    <>
      <section className="kpis" aria-label="Predicted value">
        <KpiCard label="Customers predicted" value={formatCount(d.customers)} />
        <KpiCard
          label="Predicted value, all"
          value={formatMoney(d.total_predicted_clv)}
          hint="over the next year"
        />
        <KpiCard
          label="Typical customer"
          value={formatMoney(d.quantiles.p50)}
          hint="median predicted value"
        />
        <KpiCard label="Top 10 % from" value={formatMoney(d.quantiles.p90)} hint="predicted value" />
      </section>
      <div className="grid-side">
        <ChartCard
          id="clv-histogram"
          title="Predicted customer value"
          caption="How many customers are expected to bring in each amount over the next year (the last bar holds the top 1 %). Most shops have many small bars on the left and a few valuable customers on the right: those are worth personal attention."
          table={
            <DataTable
              caption="Customers by predicted value"
              rows={d.bins}
              rowKey={(b) => String(b.from)}
              columns={[
                { key: 'from', label: 'From', numeric: true, render: (b) => formatMoney(b.from) },
                { key: 'to', label: 'To', numeric: true, render: (b) => formatMoney(b.to) },
                { key: 'n', label: 'Customers', numeric: true, render: (b) => formatCount(b.customers) },
              ]}
            />
          }
        >
          <Chart option={histogram} label="Histogram of customers by predicted value over the next year" />
        </ChartCard>
        <ChartCard
          id="churn-bands"
          title="Chance of having stopped buying"
          caption="Customers by their predicted chance of having stopped buying for good. The high band is where a win-back message pays most; start with the valuable ones listed below."
          table={
            <DataTable
              caption="Customers by churn band"
              rows={churnBands}
              rowKey={(b) => b.band}
              columns={[
                { key: 'band', label: 'Chance', render: (b) => b.band },
                { key: 'n', label: 'Customers', numeric: true, render: (b) => formatCount(b.customers) },
              ]}
            />
          }
        >
          <Chart option={bands} height={200} label="Bar chart of customers by churn probability band" />
        </ChartCard>
      </div>
    </>
  );
}

function AtRiskPart({ list }: { list: AtRiskList }) {
  return (
    <section className="card" aria-labelledby="at-risk-title">
      <h2 id="at-risk-title">Valuable customers at risk</h2>
      <p className="muted">
        Customers with at least a 50 % chance of having stopped buying, most valuable first, and why the model
        thinks so. Reach out to them personally before they are gone.
      </p>
      <DataTable
        caption="Customers at risk"
        hideCaption
        rows={list.customers}
        rowKey={(c) => c.id}
        empty="Nobody valuable is at risk right now."
        columns={[
          {
            key: 'who',
            label: 'Customer',
            render: (c) => <a href={routeHref({ name: 'customer', customerId: c.id })}>{c.email ?? c.id}</a>,
          },
          {
            key: 'churn',
            label: 'Chance stopped',
            numeric: true,
            render: (c) => formatPercent(c.churn_probability, 0),
          },
          { key: 'spent', label: 'Spent so far', numeric: true, render: (c) => formatMoney(c.historic_clv) },
          {
            key: 'next',
            label: 'Predicted next year',
            numeric: true,
            render: (c) => formatMoney(c.predicted_clv),
          },
          { key: 'why', label: 'Why', className: 'wide-text', render: (c) => c.explanation },
        ]}
      />
    </section>
  );
}

const BAND_ORDER = ['low', 'medium', 'high'];

/** Churn bands low → medium → high (the API sorts them by name). */
function orderBands<T extends { band: string }>(bands: readonly T[]): T[] {
  const rank = (band: string) => BAND_ORDER.findIndex((b) => band.startsWith(b));
  return [...bands].sort((a, b) => rank(a.band) - rank(b.band));
}

function bandColour(band: string): string {
  if (band.startsWith('high')) return PALETTE[4];
  if (band.startsWith('medium')) return PALETTE[6];
  return PALETTE[2];
}
