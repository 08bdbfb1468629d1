import type { ClusterMap } from './cluster-map.ts';
import type { ClusterProfile } from './cluster-profile.ts';
import type { FeatureSpec } from './feature-spec.ts';
import type { MatrixTransform } from './matrix-transform.ts';
import type { PerK } from './search-k.ts';

/** Everything one clustering run found, as plain JSON (the server returns it as is). */
export interface ClusteringResult {
  source: 'store' | 'csv';
  method: 'kmeans' | 'minibatch' | 'gmm';
  /** Which inputs were used, how they were prepared, and what was left out on purpose. */
  inputs: {
    requested: string;
    used: {
      name: string;
      label: string;
      kind: 'numeric' | 'categorical';
      log: boolean;
      protected: boolean;
    }[];
    excluded_protected: { name: string; category: string }[];
    ignored: { name: string; reason: string }[];
    missing_filled: { name: string; rows: number; value: number }[];
    preparation: string;
    rows: number;
  };
  per_k: PerK[];
  k: number;
  reason: string;
  quality: {
    inertia: number;
    silhouette: number;
    silhouette_sample: number;
    davies_bouldin: number;
    calinski_harabasz: number;
  };
  stability: { overall: number; per_cluster: number[]; resamples: number; sample_size: number } | null;
  profiles: ClusterProfile[];
  map: ClusterMap;
  /** What is needed to assign new rows: the inputs, their preparation and the centres. */
  model: {
    specs: FeatureSpec[];
    transform: MatrixTransform;
    centers: number[][];
    /** Gaussian mixture only: diagonal variances and weights per cluster. */
    variances: number[][] | null;
    weights: number[] | null;
  };
  seed: number;
  n_init: number;
}
