import type { DesignMatrix } from '../table/design-matrix.ts';
import type { LogisticModel } from './fit-logistic.ts';

export interface Contributions {
  /** n × d, row-major, in log-odds. Each row sums to the row's margin minus `expected`. */
  values: Float64Array;
  /** The margin at the reference point. */
  expected: number;
}

/**
 * Per-row contributions of a logistic model: coefficient × (value − training mean), so each row's
 * contributions add up to its log-odds minus the log-odds of the average customer.
 */
export function logisticContributions(
  model: LogisticModel,
  x: DesignMatrix,
  means: Float64Array,
): Contributions {
  const values = new Float64Array(x.n * x.d);
  let expected = model.intercept;
  for (let j = 0; j < x.d; j++) expected += model.coefficients[j]! * means[j]!;
  for (let i = 0; i < x.n; i++) {
    for (let j = 0; j < x.d; j++) {
      const v = x.data[i * x.d + j]!;
      values[i * x.d + j] = model.coefficients[j]! * ((Number.isNaN(v) ? 0 : v) - means[j]!);
    }
  }
  return { values, expected };
}
