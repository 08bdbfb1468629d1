export { adjustedRandIndex } from './adjusted-rand-index.ts';
export { calinskiHarabasz } from './calinski-harabasz.ts';
export { clusterCentroids } from './cluster-centroids.ts';
export { daviesBouldin } from './davies-bouldin.ts';
export { type SilhouetteResult, silhouette } from './silhouette.ts';
