import { assignNewCustomers, type ClusterAssignment } from '../clusters/index.ts';
import { type FeatureRefresh, type RefreshOptions, refreshFeatures } from '../features/index.ts';
import { type PredictionRunResult, refreshPredictions } from '../predictions/index.ts';
import { type PropensityRun, refreshPropensity } from '../predictions/propensity/index.ts';
import { refreshSegments, type SegmentRefresh } from '../segments/index.ts';
import type { Store } from '../store/index.ts';

export interface DerivedRefresh {
  features: FeatureRefresh;
  /** The BTYD prediction run (refused runs carry their reason); null without orders. */
  predictions: PredictionRunResult | null;
  /** The purchase-propensity run (skipped runs carry their reason); null without orders. */
  propensity: PropensityRun | null;
  /** Customers newly assigned to each saved clustering's nearest cluster. */
  clusters: ClusterAssignment[];
  segments: SegmentRefresh[];
}

/**
 * Everything that follows the data, in order: features (with RFM, lifecycle and tiers), predictions
 * (buy-till-you-die, then purchase propensity), new customers into saved clusterings, then the
 * membership of every saved segment. Run after each import.
 *
 * @example
 * const { features, segments } = await refreshDerived(store);
 */
export async function refreshDerived(store: Store, options: RefreshOptions = {}): Promise<DerivedRefresh> {
  const features = await refreshFeatures(store, options);
  const predictions = features.as_of ? await refreshPredictions(store, { asOf: features.as_of }) : null;
  const propensity = features.as_of ? await refreshPropensity(store, { asOf: features.as_of }) : null;
  const clusters = features.as_of ? await assignNewCustomers(store) : [];
  const segments = features.as_of ? await refreshSegments(store) : [];
  return { features, predictions, propensity, clusters, segments };
}
