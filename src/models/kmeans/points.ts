/** n points of d dimensions, row-major in one typed array. */
export interface Points {
  data: Float64Array;
  n: number;
  d: number;
}

/** Squared Euclidean distance between row i of `a` and row j of `b` (both d wide). */
export function squaredDistance(a: Float64Array, i: number, b: Float64Array, j: number, d: number): number {
  let sum = 0;
  const ai = i * d;
  const bj = j * d;
  for (let t = 0; t < d; t++) {
    const diff = (a[ai + t] as number) - (b[bj + t] as number);
    sum += diff * diff;
  }
  return sum;
}
