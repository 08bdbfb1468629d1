import type { DesignMatrix } from '../table/design-matrix.ts';
import type { GbdtModel } from './fit-gbdt.ts';
import { treeValue } from './tree.ts';

/** The log-odds of each row under a fitted GBDT, from raw (unbinned) values. */
export function gbdtMargin(model: GbdtModel, x: DesignMatrix): Float64Array {
  const out = new Float64Array(x.n).fill(model.base);
  for (const tree of model.trees) for (let i = 0; i < x.n; i++) out[i]! += treeValue(tree, x.data, i * x.d);
  return out;
}
