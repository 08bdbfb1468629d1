export { resolveAsOf } from './default-as-of.ts';
export { type FeatureOverview, featureOverview } from './feature-overview.ts';
export { type FeatureRefresh, type RefreshOptions, refreshFeatures } from './refresh-features.ts';
export * from './rfm/index.ts';
