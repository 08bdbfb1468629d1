/**
 * The inverse of a symmetric positive-definite n×n matrix (row-major) by Cholesky factorisation,
 * or undefined when the matrix is not positive definite (a flat or saddle likelihood: the
 * parameters are not identified by the data).
 *
 * @example
 * invertPositiveDefinite(Float64Array.of(4, 0, 0, 1), 2); // [0.25, 0, 0, 1]
 */
export function invertPositiveDefinite(matrix: Float64Array, n: number): Float64Array | undefined {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = matrix[i * n + j] as number;
      for (let k = 0; k < j; k++) sum -= (l[i * n + k] as number) * (l[j * n + k] as number);
      if (i === j) {
        if (!(sum > 0) || !Number.isFinite(sum)) return undefined;
        l[i * n + i] = Math.sqrt(sum);
      } else {
        l[i * n + j] = sum / (l[j * n + j] as number);
      }
    }
  }
  // Solve L·Lᵀ·X = I column by column.
  const inverse = new Float64Array(n * n);
  const column = new Float64Array(n);
  for (let c = 0; c < n; c++) {
    for (let i = 0; i < n; i++) {
      let sum = i === c ? 1 : 0;
      for (let k = 0; k < i; k++) sum -= (l[i * n + k] as number) * (column[k] as number);
      column[i] = sum / (l[i * n + i] as number);
    }
    for (let i = n - 1; i >= 0; i--) {
      let sum = column[i] as number;
      for (let k = i + 1; k < n; k++) sum -= (l[k * n + i] as number) * (column[k] as number);
      column[i] = sum / (l[i * n + i] as number);
    }
    for (let i = 0; i < n; i++) inverse[i * n + c] = column[i] as number;
  }
  return inverse;
}
