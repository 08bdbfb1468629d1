import { fitGbdt, type GbdtModel, type GbdtOptions } from '../gbdt/fit-gbdt.ts';
import { gbdtMargin } from '../gbdt/gbdt-margin.ts';
import { fitLogistic, type LogisticModel } from '../logistic/fit-logistic.ts';
import { logisticContributions } from '../logistic/logistic-contributions.ts';
import { logisticMargin } from '../logistic/logistic-margin.ts';
import { nodeExpectations, pathAttribution } from '../shap/path-attribution.ts';
import { createShapWorkspace, treeExpectedValue, treeShap } from '../shap/tree-shap.ts';
import { type Encoder, fitEncoder } from '../table/fit-encoder.ts';
import type { Table } from '../table/table.ts';

export type ModelKind = 'logreg' | 'gbdt';
export type TreeAttribution = 'treeshap' | 'path';

export interface ClassifierOptions {
  seed: number;
  /** 'balanced' weighs each class by n / (2 × its count); default none. */
  classWeight?: 'balanced' | 'none';
  /** L2 penalty of logistic regression. */
  l2?: number;
  gbdt?: Omit<GbdtOptions, 'seed' | 'weights'>;
}

/** Per-row contributions per table column (n × columns), in log-odds, and the baseline they start from. */
export interface ColumnContributions {
  values: Float64Array;
  columns: number;
  expected: number;
}

export interface FittedClassifier {
  kind: ModelKind;
  encoder: Encoder;
  logistic?: LogisticModel;
  gbdt?: GbdtModel;
  /** Log-odds for every row of `table` (or the rows given). */
  margin(table: Table, rows?: ArrayLike<number>): Float64Array;
  /**
   * Contributions summed per table column: coefficient × (value − mean) for logistic regression;
   * exact TreeSHAP for trees, or the cheaper path attribution when `method` is 'path'.
   */
  contributions(table: Table, rows?: ArrayLike<number>, method?: TreeAttribution): ColumnContributions;
}

/**
 * Fits one model kind on the given rows: the encoder is learned from those rows alone.
 *
 * @example
 * const model = fitClassifier(table, y, trainRows, 'gbdt', { seed: 1 });
 * const margins = model.margin(table, testRows);
 */
export function fitClassifier(
  table: Table,
  y: ArrayLike<number>,
  rows: ArrayLike<number>,
  kind: ModelKind,
  options: ClassifierOptions,
): FittedClassifier {
  const encoder = fitEncoder(table, rows, y, { kind: kind === 'logreg' ? 'linear' : 'tree' });
  const x = encoder.transform(table, rows);
  const yRows = Float64Array.from({ length: rows.length }, (_, r) => y[rows[r] as number] as number);
  const weights = options.classWeight === 'balanced' ? balancedWeights(yRows) : undefined;
  const columns = table.columns.length;
  const fold = (values: Float64Array, n: number): Float64Array => {
    const out = new Float64Array(n * columns);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < encoder.names.length; j++)
        out[i * columns + encoder.sources[j]!]! += values[i * encoder.names.length + j]!;
    return out;
  };
  if (kind === 'logreg') {
    const logistic = fitLogistic(x, yRows, { l2: options.l2 ?? 1, ...(weights ? { weights } : {}) });
    return {
      kind,
      encoder,
      logistic,
      margin: (t, r) => logisticMargin(logistic, encoder.transform(t, r)),
      contributions: (t, r) => {
        const xt = encoder.transform(t, r);
        const c = logisticContributions(logistic, xt, encoder.means);
        return { values: fold(c.values, xt.n), columns, expected: c.expected };
      },
    };
  }
  const gbdt = fitGbdt(x, yRows, { ...options.gbdt, seed: options.seed, ...(weights ? { weights } : {}) });
  return {
    kind,
    encoder,
    gbdt,
    margin: (t, r) => gbdtMargin(gbdt, encoder.transform(t, r)),
    contributions: (t, r, method = 'treeshap') => {
      const xt = encoder.transform(t, r);
      const phi = new Float64Array(xt.n * xt.d);
      const means = method === 'path' ? gbdt.trees.map(nodeExpectations) : [];
      const workspace = createShapWorkspace(Math.max(0, ...gbdt.trees.map((t) => t.maxDepth)));
      for (let i = 0; i < xt.n; i++) {
        const row = phi.subarray(i * xt.d, (i + 1) * xt.d);
        gbdt.trees.forEach((tree, k) => {
          if (method === 'path') pathAttribution(tree, means[k]!, xt.data, i * xt.d, row);
          else treeShap(tree, xt.data, i * xt.d, row, workspace);
        });
      }
      let expected = gbdt.base;
      for (const tree of gbdt.trees) expected += treeExpectedValue(tree);
      return { values: fold(phi, xt.n), columns, expected };
    },
  };
}

/** Weights n / (2 n_class), so both classes weigh the same in the loss. */
export function balancedWeights(y: ArrayLike<number>): Float64Array {
  let positives = 0;
  for (let i = 0; i < y.length; i++) positives += y[i] as number;
  const negatives = y.length - positives;
  const wp = positives ? y.length / (2 * positives) : 1;
  const wn = negatives ? y.length / (2 * negatives) : 1;
  return Float64Array.from({ length: y.length }, (_, i) => (y[i] === 1 ? wp : wn));
}
