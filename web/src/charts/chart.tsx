import type { EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef } from 'react';
import { echarts } from './echarts.ts';
import { CHART_FONT } from './palette.ts';

export interface ChartProps {
  option: EChartsCoreOption;
  /** What the chart shows, read by screen readers (the numbers are in the table beside it). */
  label: string;
  height?: number;
  onItemClick?: (params: { dataIndex: number; seriesIndex?: number; name?: string }) => void;
}

/** One ECharts chart, SVG-rendered, resized with its box. */
export function Chart({ option, label, height = 320, onItemClick }: ChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);

  useEffect(() => {
    const element = box.current;
    if (element === null) return;
    const instance = echarts.init(element, null, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ animation: false, textStyle: { fontFamily: CHART_FONT }, ...option }, true);
    // The box carries the label; the drawing itself is hidden from screen readers.
    box.current?.querySelector('svg')?.setAttribute('aria-hidden', 'true');
  }, [option]);

  useEffect(() => {
    const instance = chart.current;
    if (instance === null || onItemClick === undefined) return;
    const handler = (params: unknown) => onItemClick(params as { dataIndex: number });
    instance.on('click', handler);
    return () => {
      instance.off('click', handler);
    };
  }, [onItemClick]);

  return <div ref={box} className="chart" role="img" aria-label={label} style={{ height }} />;
}
