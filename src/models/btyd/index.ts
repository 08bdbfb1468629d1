export { bgnbdLogLikelihood } from './bgnbd-log-likelihood.ts';
export { bgnbdModel } from './bgnbd-model.ts';
export { type FitOptions, fitMaximumLikelihood } from './fit-maximum-likelihood.ts';
export { gammaGammaLogLikelihood } from './gamma-gamma-log-likelihood.ts';
export { gammaGammaModel } from './gamma-gamma-model.ts';
export type { LikelihoodModel } from './likelihood-model.ts';
export { mbgnbdLogLikelihood } from './mbgnbd-log-likelihood.ts';
export { mbgnbdModel } from './mbgnbd-model.ts';
export type { ModelFit } from './model-fit.ts';
export { pnbdLogLikelihood } from './pnbd-log-likelihood.ts';
export { pnbdModel } from './pnbd-model.ts';
export {
  type PurchaseHistories,
  type PurchaseHistoryInput,
  preparePurchaseHistories,
} from './purchase-histories.ts';
export { prepareSpendHistories, type SpendHistories } from './spend-histories.ts';
