import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import type { SegmentOverlapResult } from '../../../src/schema/api/segments.ts';
import { useApi } from '../api/index.ts';
import { useWorkspace } from '../app/workspace-context.ts';
import { Chart } from '../charts/chart.tsx';
import { AXIS_TEXT, HEAT } from '../charts/palette.ts';
import { ChartCard } from '../components/chart-card.tsx';
import { DataTable } from '../components/data-table.tsx';
import { formatCount } from '../format/index.ts';
import { useNarrowScreen } from '../hooks/use-narrow-screen.ts';

/** How many customers each pair of segments shares (shown once there are two segments). */
export function SegmentOverlap() {
  const workspace = useWorkspace();
  const state = useApi<SegmentOverlapResult>(workspace.path('/segments/overlap'));
  const overlap = state.data;
  const narrow = useNarrowScreen();
  const option = useMemo(() => (overlap === null ? null : overlapOption(overlap, narrow)), [overlap, narrow]);
  if (overlap === null || option === null || overlap.segments.length < 2) return null;
  const names = overlap.segments.map((s) => s.name);
  return (
    <ChartCard
      id="segment-overlap"
      title="Overlap between segments"
      caption="Each square counts the customers who are in both the row's and the column's segment (darker: a larger part of the row's segment); the diagonal is each segment's size. A large overlap means two campaigns would reach the same people: decide which message they should get."
      table={
        <DataTable
          caption="Customers in both segments"
          rows={overlap.segments.map((s, i) => ({ s, i }))}
          rowKey={(r) => r.s.id}
          columns={[
            { key: 'name', label: 'Segment', render: (r) => r.s.name },
            ...names.map((name, j) => ({
              key: `c${j}`,
              label: name,
              numeric: true,
              render: (r: { i: number }) => formatCount(overlap.counts[r.i]?.[j] ?? 0),
            })),
          ]}
        />
      }
    >
      <Chart
        option={option}
        height={Math.max(240, 70 + 40 * names.length)}
        label="Heatmap of customers shared by each pair of segments"
      />
    </ChartCard>
  );
}

function overlapOption(overlap: SegmentOverlapResult, narrow: boolean): EChartsCoreOption {
  // On a phone long names are cut short (the table has them whole).
  const label = narrow ? { width: 90, overflow: 'truncate' } : {};
  const names = overlap.segments.map((s) => s.name);
  // Colour by the share of the row's segment that is also in the column's, so sizes do not drown the overlaps.
  const data = overlap.counts.flatMap((row, i) => row.map((n, j) => [j, i, n, n / Math.max(1, row[i] ?? 0)]));
  return {
    tooltip: {
      formatter: (p: { data: [number, number, number, number] }) =>
        `${formatCount(p.data[2])} of ${names[p.data[1]]} (${Math.round(p.data[3] * 100)} %) are also in ${names[p.data[0]]}`,
    },
    grid: { left: 8, right: 8, top: 8, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: names,
      axisLabel: { color: AXIS_TEXT, rotate: names.length > 4 || narrow ? 30 : 0, ...label },
    },
    yAxis: { type: 'category', data: names, inverse: true, axisLabel: { color: AXIS_TEXT, ...label } },
    visualMap: { show: false, dimension: 3, min: 0, max: 1, inRange: { color: [...HEAT] } },
    series: [
      {
        type: 'heatmap',
        data,
        label: { show: true, formatter: (p: { data: [number, number, number] }) => formatCount(p.data[2]) },
        itemStyle: { borderColor: '#fff', borderWidth: 2 },
      },
    ],
  };
}
