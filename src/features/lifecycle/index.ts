export { classifyLifecycle, type LifecycleVerdict } from './classify-lifecycle.ts';
export { type CustomerRhythm, customerRhythmSql } from './customer-rhythm-sql.ts';
export { describeLifecycleRules, type LifecycleRules } from './describe-lifecycle-rules.ts';
export { type ExpectedGap, expectedGap } from './expected-gap.ts';
export { DEFAULT_LIFECYCLE_SETTINGS, LifecycleSettings } from './lifecycle-settings.ts';
export { LifecycleStage } from './lifecycle-stage.ts';
export { type LifecycleThresholds, lifecycleThresholds, type Threshold } from './lifecycle-thresholds.ts';
export { type LifecycleChange, type LifecycleRefresh, refreshLifecycle } from './refresh-lifecycle.ts';
export { shopSecondOrderGapSql } from './shop-second-order-gap-sql.ts';
