import type { LikelihoodModel } from './likelihood-model.ts';
import { pnbdLogLikelihood } from './pnbd-log-likelihood.ts';
import type { PurchaseHistories } from './purchase-histories.ts';

/** Pareto/NBD (Schmittlein, Morrison & Colombo 1987): purchases Poisson(λ), λ ~ Gamma(r, α); lifetime exponential(μ), μ ~ Gamma(s, β). */
export const pnbdModel: LikelihoodModel<PurchaseHistories> = {
  id: 'pnbd',
  parameterNames: ['r', 'alpha', 's', 'beta'],
  start: [1, 1, 1, 1],
  count: (h) => h.n,
  logLikelihood: pnbdLogLikelihood,
};
