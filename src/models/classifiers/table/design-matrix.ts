/**
 * An encoded table: row-major `data` (n × d, NaN where a value is missing and the model routes it),
 * the encoded columns' names, and for each encoded column the index of the table column it came from.
 */
export interface DesignMatrix {
  data: Float64Array;
  n: number;
  d: number;
  names: readonly string[];
  sources: Int32Array;
}
