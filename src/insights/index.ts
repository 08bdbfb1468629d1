export { listMerges, type MergeRow } from './list-merges.ts';
export { listQuarantine, type QuarantineRow } from './list-quarantine.ts';
export { type StoreStats, storeStats } from './store-stats.ts';
