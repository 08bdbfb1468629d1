import { bgnbdModel } from './bgnbd-model.ts';
import type { PurchaseModelId, PurchaseModelParams } from './btyd-params.ts';
import type { LikelihoodModel } from './likelihood-model.ts';
import { mbgnbdModel } from './mbgnbd-model.ts';
import type { ModelFit } from './model-fit.ts';
import { pnbdModel } from './pnbd-model.ts';
import type { PurchaseHistories } from './purchase-histories.ts';

/** The three purchase models by id. */
export const purchaseModels: Record<PurchaseModelId, LikelihoodModel<PurchaseHistories>> = {
  bgnbd: bgnbdModel,
  mbgnbd: mbgnbdModel,
  pnbd: pnbdModel,
};

/** Display names, as the literature writes them. */
export const PURCHASE_MODEL_NAMES: Record<PurchaseModelId, string> = {
  bgnbd: 'BG/NBD',
  mbgnbd: 'MBG/NBD',
  pnbd: 'Pareto/NBD',
};

/** The typed parameters of a purchase-model fit (or of one parameter draw), for the expectation functions. */
export function purchaseModelParams(fit: Pick<ModelFit, 'model' | 'params'>): PurchaseModelParams {
  const p = fit.params;
  const value = (name: string) => p[name] as number;
  if (fit.model === 'pnbd')
    return {
      model: 'pnbd',
      params: { r: value('r'), alpha: value('alpha'), s: value('s'), beta: value('beta') },
    };
  if (fit.model === 'bgnbd' || fit.model === 'mbgnbd')
    return {
      model: fit.model,
      params: { r: value('r'), alpha: value('alpha'), a: value('a'), b: value('b') },
    };
  throw new Error(`${fit.model} is not a purchase model`);
}
