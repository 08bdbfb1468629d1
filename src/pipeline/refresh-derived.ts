import { assignNewCustomers, type ClusterAssignment } from '../clusters/index.ts';
import { type FeatureRefresh, type RefreshOptions, refreshFeatures } from '../features/index.ts';
import { latestPredictionRun, type PredictionRunResult, refreshPredictions } from '../predictions/index.ts';
import { type PropensityRun, refreshPropensity } from '../predictions/propensity/index.ts';
import { refreshSegments, type SegmentRefresh } from '../segments/index.ts';
import type { Store } from '../store/index.ts';

export interface DerivedRefresh {
  features: FeatureRefresh;
  /** The BTYD prediction run (refused runs carry their reason); null without orders or when kept. */
  predictions: PredictionRunResult | null;
  /** The purchase-propensity run (skipped runs carry their reason); null without orders or when kept. */
  propensity: PropensityRun | null;
  /** Customers newly assigned to each saved clustering's nearest cluster. */
  clusters: ClusterAssignment[];
  segments: SegmentRefresh[];
}

export interface DerivedOptions extends RefreshOptions {
  /**
   * `always` (after an import: the data changed) or `when-as-of-changes` (after a settings or RFM
   * change, which the models do not read: refit only if the analysis date moved). Default `always`.
   */
  models?: 'always' | 'when-as-of-changes';
}

/**
 * Everything that follows the data, in order: features (with RFM, lifecycle and tiers), predictions
 * (buy-till-you-die, then purchase propensity), new customers into saved clusterings, then the
 * membership of every saved segment. Run after each import; settings
 * and RFM changes pass `models: 'when-as-of-changes'`.
 *
 * @example
 * const { features, segments } = await refreshDerived(store);
 */
export async function refreshDerived(store: Store, options: DerivedOptions = {}): Promise<DerivedRefresh> {
  const features = await refreshFeatures(store, options);
  const asOf = features.as_of;
  const refit =
    asOf !== null &&
    (options.models !== 'when-as-of-changes' || (await latestPredictionRun(store))?.as_of !== asOf);
  const predictions = refit ? await refreshPredictions(store, { asOf }) : null;
  const propensity = refit ? await refreshPropensity(store, { asOf }) : null;
  const clusters = asOf ? await assignNewCustomers(store) : [];
  const segments = asOf ? await refreshSegments(store) : [];
  return { features, predictions, propensity, clusters, segments };
}
