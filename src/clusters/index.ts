export { assignNewCustomers, type ClusterAssignment } from './assign-new-customers.ts';
export { clusterCsv } from './cluster-csv.ts';
export type { ClusterMap } from './cluster-map.ts';
export type {
  ClusterProfile,
  DistinguishingFeature,
  FeatureComparison,
  LevelComparison,
} from './cluster-profile.ts';
export { type ClusteringDetail, clusteringDetail } from './clustering-detail.ts';
export { ClusteringOptions, type ClusteringRequest } from './clustering-options.ts';
export type { ClusteringResult } from './clustering-result.ts';
export { compareVersions, type VersionComparison } from './compare-versions.ts';
export type { FeatureSpec } from './feature-spec.ts';
export type { ClusteringFit } from './fit-clustering.ts';
export { formatClustering } from './format-clustering.ts';
export { KChoice, parseKChoice } from './k-choice.ts';
export { type ClusteringSummary, listClusterings } from './list-clusterings.ts';
export { protectedCategory } from './protected-attributes.ts';
export { type Refit, refitClustering } from './refit-clustering.ts';
export { type ClusterEdit, renameCluster } from './rename-cluster.ts';
export { type ClusterFitter, fitStoreClustering, runClustering } from './run-clustering.ts';
export { type SavedClusteringRun, saveClustering, saveClusteringFit } from './save-clustering.ts';
export type { PerK } from './search-k.ts';
export { fitClusteringInWorker } from './thread/fit-in-worker.ts';
