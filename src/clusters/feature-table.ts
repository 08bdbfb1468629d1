import type { FeatureSpec } from './feature-spec.ts';

/** The raw inputs of a clustering, column by column, before any preparation. */
export interface FeatureTable {
  /** Row ids: customer ids (as text) or the CSV's id column. */
  ids: string[];
  specs: FeatureSpec[];
  /** Per spec: numbers (NaN where missing) for numeric inputs, else null. */
  numeric: (Float64Array | null)[];
  /** Per spec: text values (null where missing) for categorical inputs, else null. */
  text: ((string | null)[] | null)[];
  /** Each row's net spend, for revenue shares; null when the rows are not customers of the shop. */
  revenue: Float64Array | null;
}
