/** The loose parts of a clustering result the page reads (the API documents them as open objects). */
export interface PerK {
  k: number;
  silhouette: number;
  smallest_share: number;
}

export interface ClusteringQuality {
  silhouette: number;
  davies_bouldin?: number;
}

export interface ClusteringStability {
  overall: number;
  resamples: number;
}
