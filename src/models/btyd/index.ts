export { bgnbdConditionalExpected, bgnbdExpected, bgnbdPAlive } from './bgnbd-expectations.ts';
export { bgnbdLogLikelihood } from './bgnbd-log-likelihood.ts';
export { bgnbdModel } from './bgnbd-model.ts';
export type {
  BgnbdParams,
  GammaGammaParams,
  ParetoParams,
  PurchaseModelId,
  PurchaseModelParams,
} from './btyd-params.ts';
export { expectedRepeatPurchases } from './expected-repeat-purchases.ts';
export { type FitOptions, fitMaximumLikelihood } from './fit-maximum-likelihood.ts';
export { gammaGammaExpectedSpend } from './gamma-gamma-expectations.ts';
export { gammaGammaLogLikelihood } from './gamma-gamma-log-likelihood.ts';
export { gammaGammaModel } from './gamma-gamma-model.ts';
export type { LikelihoodModel } from './likelihood-model.ts';
export { mbgnbdConditionalExpected, mbgnbdPAlive } from './mbgnbd-expectations.ts';
export { mbgnbdLogLikelihood } from './mbgnbd-log-likelihood.ts';
export { mbgnbdModel } from './mbgnbd-model.ts';
export { medianWait } from './median-wait.ts';
export type { ModelFit } from './model-fit.ts';
export { pnbdConditionalExpected, pnbdPAlive } from './pnbd-expectations.ts';
export { pnbdLogLikelihood } from './pnbd-log-likelihood.ts';
export { pnbdModel } from './pnbd-model.ts';
export { type PurchasePredictions, predictPurchases } from './predict-purchases.ts';
export {
  type PurchaseHistories,
  type PurchaseHistoryInput,
  preparePurchaseHistories,
} from './purchase-histories.ts';
export { PURCHASE_MODEL_NAMES, purchaseModelParams, purchaseModels } from './purchase-models.ts';
export { randomGamma } from './random-gamma.ts';
export { type SimulatedCustomers, type SimulationOptions, simulateBgnbd } from './simulate-bgnbd.ts';
export { prepareSpendHistories, type SpendHistories } from './spend-histories.ts';
