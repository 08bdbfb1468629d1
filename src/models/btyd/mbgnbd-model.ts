import type { LikelihoodModel } from './likelihood-model.ts';
import { mbgnbdLogLikelihood } from './mbgnbd-log-likelihood.ts';
import type { PurchaseHistories } from './purchase-histories.ts';

/** MBG/NBD (Batislam et al. 2007): BG/NBD where a customer can also drop out at time zero, so zero-repeat customers can be dead. */
export const mbgnbdModel: LikelihoodModel<PurchaseHistories> = {
  id: 'mbgnbd',
  parameterNames: ['r', 'alpha', 'a', 'b'],
  start: [1, 3, 1, 3],
  count: (h) => h.n,
  logLikelihood: mbgnbdLogLikelihood,
};
