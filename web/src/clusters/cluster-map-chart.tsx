import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import type { ClusteringResultOut } from '../../../src/schema/api/clusters.ts';
import { Chart } from '../charts/chart.tsx';
import { AXIS_TEXT, PALETTE } from '../charts/palette.ts';
import { ChartCard } from '../components/chart-card.tsx';
import { DataTable } from '../components/data-table.tsx';
import { formatCount, formatPercent } from '../format/index.ts';
import { useNarrowScreen } from '../hooks/use-narrow-screen.ts';

/** The customers on the two main directions of difference (PCA), coloured by group, centres marked. */
export function ClusterMapChart({ result }: { result: ClusteringResultOut }) {
  const map = result.map;
  const names = new Map(result.profiles.map((p) => [p.cluster, p.name]));
  // On a phone the legend does not fit: the profiles beside the map carry the same colours.
  const narrow = useNarrowScreen();
  const option = useMemo<EChartsCoreOption>(() => {
    const axisName = (i: number) =>
      `Direction ${i + 1} (${formatPercent(map.explained_variance[i] ?? null, 0)} of the differences)`;
    const clusters = [...new Set(map.points.map((p) => p.cluster))].sort((a, b) => a - b);
    return {
      color: [...PALETTE],
      tooltip: { trigger: 'item' },
      legend: { show: !narrow, top: 0, itemGap: 16, textStyle: { color: AXIS_TEXT } },
      grid: { left: 36, right: 16, top: narrow ? 16 : 48, bottom: 36, containLabel: true },
      xAxis: {
        type: 'value',
        name: axisName(0),
        nameLocation: 'middle',
        nameGap: 26,
        nameTextStyle: { color: AXIS_TEXT },
        axisLabel: { color: AXIS_TEXT },
        axisLine: { onZero: false },
        splitLine: { lineStyle: { color: '#eef0f3' } },
      },
      yAxis: {
        type: 'value',
        name: axisName(1),
        nameLocation: 'middle',
        nameGap: 32,
        nameTextStyle: { color: AXIS_TEXT },
        axisLabel: { color: AXIS_TEXT },
        axisLine: { onZero: false },
        splitLine: { lineStyle: { color: '#eef0f3' } },
      },
      series: [
        ...clusters.map((c) => ({
          type: 'scatter',
          name: names.get(c) ?? `Group ${c + 1}`,
          symbolSize: 6,
          itemStyle: { opacity: 0.7 },
          data: map.points.filter((p) => p.cluster === c).map((p) => [p.x, p.y]),
        })),
        {
          type: 'scatter',
          name: 'Group centres',
          symbol: 'diamond',
          symbolSize: 18,
          itemStyle: { color: '#1d2733', borderColor: '#fff', borderWidth: 2 },
          data: map.centers.map((c) => ({ value: [c.x, c.y], name: names.get(c.cluster) ?? '' })),
          tooltip: { formatter: (p: { name: string }) => `Centre of ${p.name}` },
        },
      ],
    };
  }, [map, names, narrow]);
  const sample =
    map.sample_size < map.total
      ? ` A sample of ${formatCount(map.sample_size)} of ${formatCount(map.total)} customers is drawn.`
      : '';
  return (
    <ChartCard
      id="cluster-map"
      title="Customer map"
      caption={`Each dot is a customer, placed by the two directions in which customers differ most, and coloured by group; diamonds are the group centres. Dots close together buy alike. Well separated colours mean the groups are real; heavy mixing means treat them as rough guides.${sample}`}
      table={
        <DataTable
          caption="Groups and their centres on the map"
          rows={result.profiles}
          rowKey={(p) => String(p.cluster)}
          columns={[
            { key: 'name', label: 'Group', render: (p) => p.name },
            { key: 'size', label: 'Customers', numeric: true, render: (p) => formatCount(p.size) },
            { key: 'share', label: 'Share', numeric: true, render: (p) => formatPercent(p.share) },
            {
              key: 'x',
              label: 'Centre, direction 1',
              numeric: true,
              render: (p) => (map.centers.find((c) => c.cluster === p.cluster)?.x ?? 0).toFixed(2),
            },
            {
              key: 'y',
              label: 'Centre, direction 2',
              numeric: true,
              render: (p) => (map.centers.find((c) => c.cluster === p.cluster)?.y ?? 0).toFixed(2),
            },
          ]}
        />
      }
    >
      <Chart
        option={option}
        height={420}
        label="Scatter map of customers on two principal directions, coloured by group"
      />
    </ChartCard>
  );
}
