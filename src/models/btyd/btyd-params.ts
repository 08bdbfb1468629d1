/** Parameters of the purchase models, named as the papers name them. */
export interface BgnbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

export interface ParetoParams {
  r: number;
  alpha: number;
  s: number;
  beta: number;
}

export interface GammaGammaParams {
  p: number;
  q: number;
  v: number;
}

/** Which purchase model: BG/NBD, MBG/NBD or Pareto/NBD. */
export type PurchaseModelId = 'bgnbd' | 'mbgnbd' | 'pnbd';

export type PurchaseModelParams =
  | { model: 'bgnbd'; params: BgnbdParams }
  | { model: 'mbgnbd'; params: BgnbdParams }
  | { model: 'pnbd'; params: ParetoParams };
