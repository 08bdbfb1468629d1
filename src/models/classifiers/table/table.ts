/**
 * A customer table as the classifiers take it: one entry per column, all of length `n`.
 * Numeric columns use NaN for a missing value; categorical columns use null.
 */
export type TableColumn =
  | { name: string; kind: 'numeric'; values: Float64Array }
  | { name: string; kind: 'categorical'; values: readonly (string | null)[] };

export interface Table {
  n: number;
  columns: readonly TableColumn[];
}
