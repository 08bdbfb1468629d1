import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import type { RfmCell, RfmReport } from '../../../src/schema/api/analysis.ts';
import { useApi } from '../api/index.ts';
import { useWorkspace } from '../app/workspace-context.ts';
import { Chart } from '../charts/chart.tsx';
import { AXIS_TEXT, HEAT } from '../charts/palette.ts';
import { ChartCard } from '../components/chart-card.tsx';
import { DataTable } from '../components/data-table.tsx';
import { LoadState } from '../components/load-state.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { formatCount, formatDate, formatPercent } from '../format/index.ts';
import { useNarrowScreen } from '../hooks/use-narrow-screen.ts';
import { routeHref } from '../router/index.ts';

/** The recency × frequency grid and the named groups it forms. */
export function RfmView() {
  const workspace = useWorkspace();
  const state = useApi<RfmReport>(workspace.path('/rfm'));
  return (
    <>
      <PageHeader
        title="RFM groups"
        intro="Customers scored 1–5 on how recently they bought (R), how often (F) and how much (M), and grouped by what those scores say about them."
      />
      <LoadState state={state} what="the RFM grid">
        {(report) => <RfmBody report={report} />}
      </LoadState>
    </>
  );
}

function RfmBody({ report }: { report: RfmReport }) {
  const compact = useNarrowScreen();
  const option = useMemo(() => gridOption(report.grid, compact), [report.grid, compact]);
  const range = (dim: 'R' | 'F', score: number, unit: string) => {
    const r = report.cut_points[dim][String(score)];
    return r === undefined ? '' : `${r[0]}–${r[1]} ${unit}`;
  };
  return (
    <div className="grid-side">
      <ChartCard
        id="rfm-grid"
        title="Recency × frequency"
        caption={
          <>
            Each square counts the customers with that recency score (rows, 5 = bought most recently) and
            frequency score (columns, 5 = buys most often); the name is the group the square belongs to.
            Darker squares hold more customers. Top-right are your best customers; bottom-right are good
            customers slipping away.
            {report.as_of === null ? '' : ` Scored as of ${formatDate(report.as_of)}.`}
          </>
        }
        table={
          <DataTable
            caption="Customers per recency and frequency score"
            rows={report.grid}
            rowKey={(c) => `${c.r}-${c.f}`}
            columns={[
              { key: 'r', label: 'Recency score', numeric: true, render: (c) => c.r },
              { key: 'rr', label: 'Days since last order', render: (c) => range('R', c.r, 'days') },
              { key: 'f', label: 'Frequency score', numeric: true, render: (c) => c.f },
              { key: 'fr', label: 'Orders', render: (c) => range('F', c.f, 'orders') },
              { key: 'group', label: 'Group', render: (c) => c.group },
              { key: 'n', label: 'Customers', numeric: true, render: (c) => formatCount(c.customers) },
            ]}
          />
        }
      >
        <Chart
          option={option}
          height={420}
          label="Heatmap of customers by recency score and frequency score, with group names"
        />
      </ChartCard>
      <section className="card" aria-labelledby="rfm-groups-title">
        <h2 id="rfm-groups-title">Groups and what to do</h2>
        <DataTable
          caption="RFM groups"
          hideCaption
          rows={report.groups}
          rowKey={(g) => g.name}
          columns={[
            {
              key: 'name',
              label: 'Group',
              render: (g) => (
                <>
                  <strong>{g.name}</strong>
                  <div className="muted">{g.description}</div>
                  <div>{g.action}</div>
                  <a
                    href={routeHref({
                      name: 'segment-builder',
                      segmentId: null,
                      rule: `rfm_group = '${g.name.replace(/'/g, "''")}'`,
                    })}
                  >
                    Make a segment<span className="visually-hidden"> of {g.name}</span>
                  </a>
                </>
              ),
            },
            {
              key: 'n',
              label: 'Customers',
              numeric: true,
              render: (g) => (
                <>
                  {formatCount(g.customers)}
                  <div className="muted">{formatPercent(g.share)}</div>
                </>
              ),
            },
          ]}
        />
      </section>
    </div>
  );
}

function gridOption(grid: readonly RfmCell[], compact: boolean): EChartsCoreOption {
  const max = Math.max(1, ...grid.map((c) => c.customers));
  return {
    tooltip: {
      formatter: (p: { data: [number, number, number, string] }) =>
        `${p.data[3]}<br/>R ${p.data[1] + 1} · F ${p.data[0] + 1}: ${formatCount(p.data[2])} customers`,
    },
    grid: { left: 8, right: 8, top: 8, bottom: 56, containLabel: true },
    xAxis: {
      type: 'category',
      data: ['1', '2', '3', '4', '5'],
      name: 'Frequency score (5 = most orders)',
      nameLocation: 'middle',
      nameGap: 28,
      nameTextStyle: { color: AXIS_TEXT },
      axisLabel: { color: AXIS_TEXT },
      splitArea: { show: true },
    },
    yAxis: {
      type: 'category',
      data: ['1', '2', '3', '4', '5'],
      name: 'Recency score (5 = most recent)',
      nameLocation: 'middle',
      nameGap: 28,
      nameTextStyle: { color: AXIS_TEXT },
      axisLabel: { color: AXIS_TEXT },
      splitArea: { show: true },
    },
    visualMap: { show: false, dimension: 2, min: 0, max, inRange: { color: [...HEAT] } },
    series: [
      {
        type: 'heatmap',
        data: grid.map((c) => [c.f - 1, c.r - 1, c.customers, c.group]),
        label: {
          show: true,
          fontSize: 11,
          lineHeight: 14,
          // On a narrow screen the group names do not fit: the count only (names are in the tooltip and table).
          formatter: (p: { data: [number, number, number, string] }) =>
            compact ? formatCount(p.data[2]) : `${p.data[3]}\n${formatCount(p.data[2])}`,
        },
        itemStyle: { borderColor: '#fff', borderWidth: 2 },
      },
    ],
  };
}
