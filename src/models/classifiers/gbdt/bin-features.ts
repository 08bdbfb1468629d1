import type { DesignMatrix } from '../table/design-matrix.ts';

/** The bin code of a missing value. Observed values use codes 0..254. */
export const MISSING_BIN = 255;

export interface Binned {
  /** Row-major bin codes: feature f of row i is at i × d + f (a row's codes are adjacent, for histograms). */
  codes: Uint8Array;
  n: number;
  d: number;
  /** Per feature, the upper edge of each bin: a value v falls in the first bin with v ≤ edge. The last edge is +∞. */
  edges: Float64Array[];
}

/**
 * Cuts each feature into at most `maxBins` (≤ 255) bins at quantiles of the rows given (all rows
 * by default, every k-th above 200,000); a feature with few distinct values gets one bin per value,
 * cut at midpoints.
 *
 * @example
 * const { edges } = fitBinEdges(x, 255); const binned = applyBins(x, edges);
 */
export function fitBinEdges(x: DesignMatrix, maxBins = 255, rows?: ArrayLike<number>): Float64Array[] {
  const bins = Math.min(255, Math.max(2, maxBins));
  const edges: Float64Array[] = [];
  const rowCount = rows ? rows.length : x.n;
  // Above 200,000 rows, quantiles come from every k-th row (as scikit-learn subsamples 2e5 rows).
  const stride = Math.ceil(rowCount / 200_000);
  const values = new Float64Array(Math.ceil(rowCount / stride));
  for (let f = 0; f < x.d; f++) {
    let m = 0;
    for (let r = 0; r < rowCount; r += stride) {
      const i = rows ? (rows[r] as number) : r;
      const v = x.data[i * x.d + f]!;
      if (!Number.isNaN(v)) values[m++] = v;
    }
    const sorted = values.subarray(0, m).slice().sort();
    const distinct: number[] = [];
    for (let k = 0; k < m; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) distinct.push(sorted[k]!);
    const cuts: number[] = [];
    if (distinct.length <= bins) {
      for (let k = 0; k + 1 < distinct.length; k++) cuts.push((distinct[k]! + distinct[k + 1]!) / 2);
    } else {
      for (let q = 1; q < bins; q++) {
        const v = sorted[Math.floor((q * m) / bins)]!;
        // Cut just below the quantile value, at the midpoint from the previous distinct value.
        const below = lowerDistinct(distinct, v);
        const cut = below === undefined ? v : (below + v) / 2;
        if (cuts.length === 0 || cut > cuts[cuts.length - 1]!) cuts.push(cut);
      }
    }
    cuts.push(Number.POSITIVE_INFINITY);
    edges.push(Float64Array.from(cuts));
  }
  return edges;
}

function lowerDistinct(distinct: number[], v: number): number | undefined {
  let lo = 0;
  let hi = distinct.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (distinct[mid]! < v) lo = mid;
    else hi = mid - 1;
  }
  return distinct[lo]! < v ? distinct[lo] : undefined;
}

/** Bin codes for every row of `x` under the given edges (NaN → MISSING_BIN). */
export function applyBins(x: DesignMatrix, edges: Float64Array[]): Binned {
  const { n, d, data } = x;
  const codes = new Uint8Array(n * d);
  for (let f = 0; f < d; f++) {
    const e = edges[f]!;
    const last = e.length - 1;
    for (let i = 0; i < n; i++) {
      const v = data[i * d + f]!;
      if (Number.isNaN(v)) {
        codes[i * d + f] = MISSING_BIN;
        continue;
      }
      let lo = 0;
      let hi = last;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (v <= e[mid]!) hi = mid;
        else lo = mid + 1;
      }
      codes[i * d + f] = lo;
    }
  }
  return { codes, n, d, edges };
}
