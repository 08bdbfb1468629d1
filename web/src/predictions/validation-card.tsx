import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import type { ValidationReportOut } from '../../../src/schema/api/predictions.ts';
import { useApi } from '../api/index.ts';
import { useWorkspace } from '../app/workspace-context.ts';
import { Chart } from '../charts/chart.tsx';
import { AXIS_TEXT, PALETTE } from '../charts/palette.ts';
import { ChartCard } from '../components/chart-card.tsx';
import { DataTable } from '../components/data-table.tsx';
import { LoadState } from '../components/load-state.tsx';
import { formatCount, formatDate, formatPercent } from '../format/index.ts';
import type { CalibrationRow, TrackingPoint } from './validation-parts.ts';

type OkReport = Extract<ValidationReportOut, { status: 'ok' }>;

/** The model fitted on earlier history, its forecast of the later months, and what really happened. */
export function ValidationCard() {
  const workspace = useWorkspace();
  const state = useApi<ValidationReportOut>(workspace.path('/predictions/validation'));
  return (
    <LoadState state={state} what="the prediction check">
      {(report) =>
        report.status === 'ok' ? (
          <Validation report={report} />
        ) : (
          <section className="card notice" aria-labelledby="validation-title">
            <h2 id="validation-title">Predicted against actual</h2>
            <p>The check could not be run: {report.reason}</p>
          </section>
        )
      }
    </LoadState>
  );
}

function Validation({ report }: { report: OkReport }) {
  const tracking = report.tracking as unknown as TrackingPoint[];
  const calibration = report.calibration_table as unknown as CalibrationRow[];
  const trackingOption = useMemo(
    () => trackingChart(tracking, report.calibration_end),
    [tracking, report.calibration_end],
  );
  const calibrationOption = useMemo(() => calibrationChart(calibration), [calibration]);
  const error = report.aggregate.aggregate_error;
  return (
    <div className="grid-2">
      <ChartCard
        id="validation-tracking"
        title="Predicted against actual"
        caption={
          <>
            Patron fitted the {report.model_name} model on orders up to {formatDate(report.calibration_end)},
            then predicted the repeat orders after it (right of the dashed line) without looking. The closer
            the two lines stay, the more you can trust the predictions: {report.grade} ({report.grade_reason}
            ).
            {error === null
              ? ''
              : ` Over the check period the total was off by ${formatPercent(Math.abs(error))}.`}
          </>
        }
        table={
          <DataTable
            caption="Cumulative repeat orders, predicted and actual"
            rows={tracking}
            rowKey={(p) => p.period_end}
            columns={[
              { key: 'end', label: 'Period ending', render: (p) => formatDate(p.period_end) },
              {
                key: 'actual',
                label: 'Actual',
                numeric: true,
                render: (p) => formatCount(p.actual_cumulative),
              },
              {
                key: 'pred',
                label: 'Predicted',
                numeric: true,
                render: (p) => formatCount(Math.round(p.predicted_cumulative)),
              },
              { key: 'part', label: 'Part', render: (p) => (p.holdout ? 'check' : 'fit') },
            ]}
          />
        }
      >
        <Chart
          option={trackingOption}
          label="Line chart of cumulative repeat orders, predicted and actual, over time"
        />
      </ChartCard>
      <ChartCard
        id="validation-calibration"
        title="Orders per customer in the check period"
        caption={`Customers grouped by how many repeat orders they made before ${formatDate(report.calibration_end)}: the average they actually made afterwards beside the model's prediction. Mean absolute error per customer: ${report.mae.toFixed(2)} orders${report.correlation === null ? '' : `; correlation ${report.correlation.toFixed(2)}`}.`}
        table={
          <DataTable
            caption="Predicted and actual orders by earlier orders"
            rows={calibration}
            rowKey={(r) => r.purchases}
            columns={[
              { key: 'p', label: 'Earlier repeat orders', render: (r) => r.purchases },
              { key: 'n', label: 'Customers', numeric: true, render: (r) => formatCount(r.customers) },
              {
                key: 'a',
                label: 'Actual afterwards',
                numeric: true,
                render: (r) => r.mean_actual.toFixed(2),
              },
              { key: 'm', label: 'Predicted', numeric: true, render: (r) => r.mean_predicted.toFixed(2) },
            ]}
          />
        }
      >
        <Chart
          option={calibrationOption}
          label="Bar chart of actual and predicted orders per customer by earlier orders"
        />
      </ChartCard>
    </div>
  );
}

function trackingChart(points: readonly TrackingPoint[], calibrationEnd: string): EChartsCoreOption {
  return {
    color: [PALETTE[0], PALETTE[1]],
    tooltip: { trigger: 'axis' },
    legend: { top: 0, itemGap: 20, textStyle: { color: AXIS_TEXT } },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'time', axisLabel: { color: AXIS_TEXT, hideOverlap: true } },
    yAxis: { type: 'value', axisLabel: { color: AXIS_TEXT } },
    series: [
      {
        type: 'line',
        name: 'Actual',
        showSymbol: false,
        data: points.map((p) => [p.period_end, p.actual_cumulative]),
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { type: 'dashed', color: '#5c6b80' },
          label: { formatter: 'check starts', color: AXIS_TEXT },
          data: [{ xAxis: calibrationEnd }],
        },
      },
      {
        type: 'line',
        name: 'Predicted',
        showSymbol: false,
        lineStyle: { type: 'dashed' },
        data: points.map((p) => [p.period_end, Math.round(p.predicted_cumulative * 10) / 10]),
      },
    ],
  };
}

function calibrationChart(rows: readonly CalibrationRow[]): EChartsCoreOption {
  return {
    color: [PALETTE[0], PALETTE[1]],
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, itemGap: 20, textStyle: { color: AXIS_TEXT } },
    grid: { left: 8, right: 8, top: 36, bottom: 32, containLabel: true },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.purchases),
      name: 'Repeat orders before the check',
      nameLocation: 'middle',
      nameGap: 26,
      nameTextStyle: { color: AXIS_TEXT },
      axisLabel: { color: AXIS_TEXT },
    },
    yAxis: { type: 'value', axisLabel: { color: AXIS_TEXT } },
    series: [
      { type: 'bar', name: 'Actual', data: rows.map((r) => Math.round(r.mean_actual * 100) / 100) },
      { type: 'bar', name: 'Predicted', data: rows.map((r) => Math.round(r.mean_predicted * 100) / 100) },
    ],
  };
}
