export { fitKMeans, type KMeansOptions, type KMeansResult } from './fit-kmeans.ts';
export { hamerly } from './hamerly.ts';
export { kmeansPlusPlus } from './kmeans-plus-plus.ts';
export { assign, type LloydResult, lloyd } from './lloyd.ts';
export { fitMiniBatchKMeans, type MiniBatchOptions, type MiniBatchResult } from './mini-batch-kmeans.ts';
export type { Points } from './points.ts';
