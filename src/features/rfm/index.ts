export { refreshRfm } from './refresh-rfm.ts';
export { RFM_GROUPS, type RfmGroup, rfmGroupOf } from './rfm-groups.ts';
export { DEFAULT_RFM_OPTIONS, RfmOptions, RfmScoring } from './rfm-options.ts';
export { type RfmSummary, rfmSummary } from './rfm-summary.ts';
export { scoreRfmSql } from './score-rfm-sql.ts';
