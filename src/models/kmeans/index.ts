export { fitKMeans, type KMeansOptions, type KMeansResult } from './fit-kmeans.ts';
export { kmeansPlusPlus } from './kmeans-plus-plus.ts';
export { type LloydResult, lloyd } from './lloyd.ts';
export type { Points } from './points.ts';
