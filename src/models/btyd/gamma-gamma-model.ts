import { gammaGammaLogLikelihood } from './gamma-gamma-log-likelihood.ts';
import type { LikelihoodModel } from './likelihood-model.ts';
import type { SpendHistories } from './spend-histories.ts';

/** Gamma-Gamma spend (Fader, Hardie & Lee 2005): order values Gamma(p, ν), ν ~ Gamma(q, v), independent of purchase frequency. */
export const gammaGammaModel: LikelihoodModel<SpendHistories> = {
  id: 'gamma_gamma',
  parameterNames: ['p', 'q', 'v'],
  start: [1, 1, 1],
  count: (h) => h.n,
  logLikelihood: gammaGammaLogLikelihood,
};
