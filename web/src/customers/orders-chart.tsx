import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import type { TimelineEntry } from '../../../src/schema/api/customers.ts';
import { Chart } from '../charts/chart.tsx';
import { AXIS_TEXT, PALETTE } from '../charts/palette.ts';
import { ChartCard } from '../components/chart-card.tsx';
import { DataTable } from '../components/data-table.tsx';
import { formatDate, formatMoney } from '../format/index.ts';

/** Each order and return on a time line, by amount. */
export function OrdersChart({ timeline }: { timeline: readonly TimelineEntry[] }) {
  const money = useMemo(
    () =>
      timeline
        .filter((e) => (e.kind === 'order' || e.kind === 'return') && e.amount !== null)
        .slice()
        .reverse(),
    [timeline],
  );
  const option = useMemo<EChartsCoreOption>(
    () => ({
      tooltip: { trigger: 'item' },
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'time', axisLabel: { color: AXIS_TEXT, hideOverlap: true } },
      yAxis: { type: 'value', axisLabel: { color: AXIS_TEXT } },
      series: [
        {
          type: 'bar',
          name: 'Amount',
          barMaxWidth: 10,
          data: money.map((e) => ({
            value: [e.at.replace(' ', 'T'), e.amount],
            itemStyle: { color: e.kind === 'return' ? PALETTE[4] : PALETTE[0] },
          })),
        },
      ],
    }),
    [money],
  );
  if (money.length === 0) return null;
  return (
    <ChartCard
      id="orders-chart"
      title="Orders over time"
      caption="Each bar is one order (blue) or return (red), by amount. Long gaps before the last bar are the moment to get in touch."
      table={
        <DataTable
          caption="Orders and returns"
          rows={money}
          rowKey={(e, i) => `${e.at}-${i}`}
          columns={[
            { key: 'at', label: 'Date', render: (e) => formatDate(e.at.slice(0, 10)) },
            { key: 'kind', label: 'Kind', render: (e) => (e.kind === 'return' ? 'Return' : 'Order') },
            { key: 'title', label: 'What', render: (e) => e.title },
            { key: 'amount', label: 'Amount', numeric: true, render: (e) => formatMoney(e.amount) },
          ]}
        />
      }
    >
      <Chart
        option={option}
        height={220}
        label="Bar chart of this customer's orders and returns over time, by amount"
      />
    </ChartCard>
  );
}
