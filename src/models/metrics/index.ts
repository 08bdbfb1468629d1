export { type SilhouetteResult, silhouette } from './silhouette.ts';
