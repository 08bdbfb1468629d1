import type { DesignMatrix } from '../table/design-matrix.ts';
import type { LogisticModel } from './fit-logistic.ts';

/** The log-odds of each row under a fitted logistic model (NaN inputs count as 0). */
export function logisticMargin(model: LogisticModel, x: DesignMatrix): Float64Array {
  const out = new Float64Array(x.n);
  for (let i = 0; i < x.n; i++) {
    let z = model.intercept;
    for (let j = 0; j < x.d; j++) {
      const v = x.data[i * x.d + j]!;
      if (!Number.isNaN(v)) z += model.coefficients[j]! * v;
    }
    out[i] = z;
  }
  return out;
}
