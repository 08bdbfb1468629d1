export { type ParetoPoint, paretoCurve } from './pareto-curve.ts';
export { refreshValueTiers, type TierSummary, type ValueTierRefresh } from './refresh-value-tiers.ts';
export { type RevenueConcentration, revenueConcentration } from './revenue-concentration.ts';
export { revenueShareCurve } from './revenue-share-curve.ts';
export { ValueTier } from './value-tier.ts';
export { DEFAULT_VALUE_TIER_SETTINGS, ValueTierSettings } from './value-tier-settings.ts';
export { valueTiersSql } from './value-tiers-sql.ts';
