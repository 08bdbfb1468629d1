export { type LifecycleReportData, lifecycleReport } from './lifecycle-report.ts';
export { type RfmReportData, rfmReport } from './rfm-report.ts';
export { type ValueTiersReportData, valueTiersReport } from './value-tiers-report.ts';
