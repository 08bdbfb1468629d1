import type { CohortReport } from '../../features/index.ts';
import type { LifecycleReportData, RfmReportData, ValueTiersReportData } from '../analysis/index.ts';
import type { OverviewReport } from '../overview/index.ts';
import { renderSvgChart } from './render-svg-chart.ts';

const BLUE = '#1f5fa8';

/** Net revenue per month, with orders as a line. */
export function revenueChart(o: OverviewReport): string {
  return renderSvgChart({
    title: { text: 'Revenue by month', left: 0, textStyle: { fontSize: 14 } },
    grid: { left: 60, right: 50, top: 64, bottom: 50 },
    legend: { bottom: 0, data: ['Net revenue', 'Orders'] },
    xAxis: { type: 'category', data: o.monthly.map((m) => m.month) },
    yAxis: [
      { type: 'value', name: 'revenue' },
      { type: 'value', name: 'orders' },
    ],
    series: [
      { name: 'Net revenue', type: 'bar', data: o.monthly.map((m) => m.revenue), itemStyle: { color: BLUE } },
      {
        name: 'Orders',
        type: 'line',
        yAxisIndex: 1,
        data: o.monthly.map((m) => m.orders),
        itemStyle: { color: '#c0562c' },
      },
    ],
  });
}

/** Customers per lifecycle stage, in funnel order. */
export function lifecycleChart(l: LifecycleReportData): string {
  return renderSvgChart(
    {
      title: { text: 'Customers by lifecycle stage', left: 0, textStyle: { fontSize: 14 } },
      grid: { left: 100, right: 40, top: 64, bottom: 30 },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', inverse: true, data: l.stages.map((s) => s.label) },
      series: [
        {
          type: 'bar',
          data: l.stages.map((s) => s.customers),
          itemStyle: { color: BLUE },
          label: { show: true, position: 'right' },
        },
      ],
    },
    720,
    260,
  );
}

/** The recency × frequency grid as a heatmap, each cell labelled with its count. */
export function rfmChart(r: RfmReportData): string {
  const max = Math.max(1, ...r.grid.map((c) => c.customers));
  return renderSvgChart(
    {
      title: { text: 'RFM grid: recency (rows) × frequency (columns)', left: 0, textStyle: { fontSize: 14 } },
      grid: { left: 80, right: 20, top: 64, bottom: 60 },
      xAxis: { type: 'category', name: 'F', data: ['1', '2', '3', '4', '5'] },
      yAxis: { type: 'category', name: 'R', data: ['1', '2', '3', '4', '5'] },
      visualMap: {
        min: 0,
        max,
        calculable: false,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        inRange: { color: ['#eef3fa', BLUE] },
      },
      series: [
        {
          type: 'heatmap',
          data: r.grid.map((c) => [c.f - 1, c.r - 1, c.customers]),
          label: { show: true },
        },
      ],
    },
    520,
    400,
  );
}

/** Cumulative share of revenue against share of customers (best customers first). */
export function concentrationChart(v: ValueTiersReportData): string {
  return renderSvgChart(
    {
      title: { text: 'How concentrated revenue is', left: 0, textStyle: { fontSize: 14 } },
      grid: { left: 60, right: 30, top: 64, bottom: 50 },
      xAxis: {
        type: 'value',
        name: 'share of customers',
        min: 0,
        max: 1,
        nameLocation: 'middle',
        nameGap: 28,
      },
      yAxis: { type: 'value', name: 'share of revenue', min: 0, max: 1 },
      series: [
        {
          type: 'line',
          showSymbol: false,
          data: v.concentration.curve.map((p) => [p.customer_share, p.revenue_share]),
          itemStyle: { color: BLUE },
          areaStyle: { opacity: 0.15 },
        },
        {
          type: 'line',
          showSymbol: false,
          data: [
            [0, 0],
            [1, 1],
          ],
          lineStyle: { type: 'dashed', color: '#888' },
        },
      ],
    },
    520,
    340,
  );
}

/** Retention by month since the first order, one row per acquisition cohort. */
export function cohortChart(c: CohortReport): string {
  const cohorts = c.cohorts.slice(-12);
  const data = cohorts.flatMap((cohort, y) =>
    cohort.retention.flatMap((v, x) => (v === null ? [] : [[x, y, Math.round(v * 100)]])),
  );
  return renderSvgChart(
    {
      title: {
        text: 'Share of each month’s new customers who bought again, by month since their first order (%)',
        left: 0,
        textStyle: { fontSize: 13 },
      },
      grid: { left: 80, right: 20, top: 64, bottom: 60 },
      xAxis: { type: 'category', data: Array.from({ length: c.months + 1 }, (_, i) => String(i)) },
      yAxis: { type: 'category', data: cohorts.map((x) => x.label) },
      visualMap: {
        min: 0,
        max: 100,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        inRange: { color: ['#eef3fa', BLUE] },
      },
      series: [{ type: 'heatmap', data, label: { show: true, fontSize: 10 } }],
    },
    720,
    420,
  );
}
