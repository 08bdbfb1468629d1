import type { Objective } from './objective.ts';

/**
 * The Hessian of `objective` at `x` by central differences of its analytic gradient (one pair of
 * gradient calls per coordinate), symmetrised. Row-major n×n.
 *
 * @example
 * const h = hessianFromGradient(negLogLik, fitted.x); // observed information on the log scale
 */
export function hessianFromGradient(
  objective: Objective,
  x: Float64Array,
  relativeStep = 1e-5,
): Float64Array {
  const n = x.length;
  const h = new Float64Array(n * n);
  const point = Float64Array.from(x);
  const up = new Float64Array(n);
  const down = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const step = relativeStep * Math.max(1, Math.abs(x[j] as number));
    point[j] = (x[j] as number) + step;
    objective(point, up);
    point[j] = (x[j] as number) - step;
    objective(point, down);
    point[j] = x[j] as number;
    for (let i = 0; i < n; i++) h[i * n + j] = ((up[i] as number) - (down[i] as number)) / (2 * step);
  }
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const mean = ((h[i * n + j] as number) + (h[j * n + i] as number)) / 2;
      h[i * n + j] = mean;
      h[j * n + i] = mean;
    }
  }
  return h;
}
