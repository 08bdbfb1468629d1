export { clusterCsv } from './cluster-csv.ts';
export type { ClusterMap } from './cluster-map.ts';
export type {
  ClusterProfile,
  DistinguishingFeature,
  FeatureComparison,
  LevelComparison,
} from './cluster-profile.ts';
export { ClusteringOptions, type ClusteringRequest } from './clustering-options.ts';
export type { ClusteringResult } from './clustering-result.ts';
export type { FeatureSpec } from './feature-spec.ts';
export type { ClusteringFit } from './fit-clustering.ts';
export { formatClustering } from './format-clustering.ts';
export { KChoice, parseKChoice } from './k-choice.ts';
export { protectedCategory } from './protected-attributes.ts';
export { fitStoreClustering, runClustering } from './run-clustering.ts';
export type { PerK } from './search-k.ts';
