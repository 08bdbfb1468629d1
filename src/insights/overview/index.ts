export { type MonthlyPoint, type OverviewReport, overviewReport } from './overview-report.ts';
