export { hessianFromGradient } from './hessian-from-gradient.ts';
export { invertPositiveDefinite } from './invert-positive-definite.ts';
export { type LineSearchResult, lineSearch } from './line-search.ts';
export { type LbfgsOptions, type LbfgsResult, minimizeLbfgs } from './minimize-lbfgs.ts';
export type { Objective } from './objective.ts';
