import { bgnbdLogLikelihood } from './bgnbd-log-likelihood.ts';
import type { LikelihoodModel } from './likelihood-model.ts';
import type { PurchaseHistories } from './purchase-histories.ts';

/** BG/NBD (Fader, Hardie & Lee 2005): purchases Poisson(λ), λ ~ Gamma(r, α); after each purchase the customer drops out with p ~ Beta(a, b). */
export const bgnbdModel: LikelihoodModel<PurchaseHistories> = {
  id: 'bgnbd',
  parameterNames: ['r', 'alpha', 'a', 'b'],
  start: [1, 3, 1, 3],
  count: (h) => h.n,
  logLikelihood: bgnbdLogLikelihood,
};
