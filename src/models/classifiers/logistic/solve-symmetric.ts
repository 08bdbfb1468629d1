/**
 * Solves A x = b for a symmetric positive definite A (d × d, row-major) by Cholesky decomposition.
 * A tiny ridge is added to the diagonal if the decomposition meets a non-positive pivot.
 */
export function solveSymmetric(a: Float64Array, b: Float64Array, d: number): Float64Array {
  for (let ridge = 0; ; ridge = ridge === 0 ? 1e-10 : ridge * 100) {
    const l = new Float64Array(d * d);
    let ok = true;
    for (let i = 0; i < d && ok; i++) {
      for (let j = 0; j <= i; j++) {
        let sum = a[i * d + j]! + (i === j ? ridge : 0);
        for (let k = 0; k < j; k++) sum -= l[i * d + k]! * l[j * d + k]!;
        if (i === j) {
          if (!(sum > 0)) {
            ok = false;
            break;
          }
          l[i * d + i] = Math.sqrt(sum);
        } else l[i * d + j] = sum / l[j * d + j]!;
      }
    }
    if (!ok) {
      if (ridge > 1e6) throw new Error('solveSymmetric: matrix is not positive definite');
      continue;
    }
    const z = new Float64Array(d);
    for (let i = 0; i < d; i++) {
      let sum = b[i]!;
      for (let k = 0; k < i; k++) sum -= l[i * d + k]! * z[k]!;
      z[i] = sum / l[i * d + i]!;
    }
    const x = new Float64Array(d);
    for (let i = d - 1; i >= 0; i--) {
      let sum = z[i]!;
      for (let k = i + 1; k < d; k++) sum -= l[k * d + i]! * x[k]!;
      x[i] = sum / l[i * d + i]!;
    }
    return x;
  }
}
