export { buildReport, type ReportOptions } from './build-report.ts';
export { renderSvgChart } from './render-svg-chart.ts';
