export * from './cohorts/index.ts';
export { resolveAsOf } from './default-as-of.ts';
export { type FeatureOverview, featureOverview } from './feature-overview.ts';
export * from './lifecycle/index.ts';
export { type FeatureRefresh, type RefreshOptions, refreshFeatures } from './refresh-features.ts';
export * from './rfm/index.ts';
export * from './settings/index.ts';
export * from './value-tiers/index.ts';
