import type { Points } from '../kmeans/index.ts';
import { symmetricEigen } from './symmetric-eigen.ts';

export interface PcaResult {
  /** Principal axes, components × d, row-major, unit length. */
  axes: Float64Array;
  mean: Float64Array;
  /** Share of total variance each component explains. */
  explainedVarianceRatio: number[];
  /** The points projected, n × components. */
  projection: Float64Array;
  components: number;
}

/**
 * Principal component analysis from the covariance matrix's eigenvectors (Jacobi rotations; d is
 * small here). Each axis's sign is fixed so its largest loading is positive, so runs agree.
 *
 * @example
 * const { projection } = fitPca({ data, n, d: 5 }, 2); // x, y per customer for the cluster map
 */
export function fitPca({ data, n, d }: Points, components = 2): PcaResult {
  const m = Math.min(components, d);
  const mean = new Float64Array(d);
  for (let i = 0; i < n; i++)
    for (let t = 0; t < d; t++) mean[t] = (mean[t] as number) + (data[i * d + t] as number) / n;
  const cov = new Float64Array(d * d);
  for (let i = 0; i < n; i++)
    for (let a = 0; a < d; a++) {
      const xa = (data[i * d + a] as number) - (mean[a] as number);
      for (let b = a; b < d; b++)
        cov[a * d + b] =
          (cov[a * d + b] as number) + xa * ((data[i * d + b] as number) - (mean[b] as number));
    }
  for (let a = 0; a < d; a++)
    for (let b = a; b < d; b++) {
      const v = (cov[a * d + b] as number) / Math.max(n - 1, 1);
      cov[a * d + b] = v;
      cov[b * d + a] = v;
    }
  const { values, vectors } = symmetricEigen(cov, d);
  const order = Array.from({ length: d }, (_, i) => i).sort(
    (x, y) => (values[y] as number) - (values[x] as number),
  );
  const total = values.reduce((s, v) => s + Math.max(v, 0), 0);
  const axes = new Float64Array(m * d);
  const explainedVarianceRatio: number[] = [];
  order.slice(0, m).forEach((col, c) => {
    let largest = 0;
    for (let t = 0; t < d; t++)
      if (Math.abs(vectors[t * d + col] as number) > Math.abs(largest))
        largest = vectors[t * d + col] as number;
    const sign = largest < 0 ? -1 : 1;
    for (let t = 0; t < d; t++) axes[c * d + t] = sign * (vectors[t * d + col] as number);
    explainedVarianceRatio.push(total > 0 ? Math.max(values[col] as number, 0) / total : 0);
  });
  const projection = new Float64Array(n * m);
  for (let i = 0; i < n; i++)
    for (let c = 0; c < m; c++) {
      let s = 0;
      for (let t = 0; t < d; t++)
        s += ((data[i * d + t] as number) - (mean[t] as number)) * (axes[c * d + t] as number);
      projection[i * m + c] = s;
    }
  return { axes, mean, explainedVarianceRatio, projection, components: m };
}
