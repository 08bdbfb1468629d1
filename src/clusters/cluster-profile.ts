/** One input's mean in a cluster against all rows. */
export interface FeatureComparison {
  feature: string;
  label: string;
  mean: number;
  overall_mean: number;
  /** (cluster mean − overall mean) / overall standard deviation, on the prepared scale (after log1p). */
  standardised_difference: number;
}

/** One level of a categorical input: its share in a cluster against all rows. */
export interface LevelComparison {
  feature: string;
  label: string;
  value: string;
  share: number;
  overall_share: number;
  /** (p_cluster − p) / √(p(1 − p)). */
  standardised_difference: number;
}

/** One of the three inputs that set a cluster apart most. */
export interface DistinguishingFeature {
  feature: string;
  label: string;
  /** The level, for a categorical input. */
  value: string | null;
  direction: 'higher' | 'lower';
  standardised_difference: number;
  cluster_value: number;
  overall_value: number;
}

export interface ClusterProfile {
  cluster: number;
  name: string;
  description: string;
  size: number;
  share: number;
  /** Share of the clustered customers' net spend; null for rows that are not shop customers. */
  revenue_share: number | null;
  features: FeatureComparison[];
  levels: LevelComparison[];
  distinguishing: DistinguishingFeature[];
  /** The typical member: the one with the least total distance to the others (its inputs as read). */
  medoid: { id: string; values: Record<string, number | string | null> };
  /** Bootstrap ARI for this cluster (see the clustering's stability), when computed. */
  stability: number | null;
  /** Gaussian mixture only: mean probability members have of belonging to this cluster. */
  mean_membership: number | null;
}
