import { distanceKernels } from './distance-kernels.ts';
import type { Points } from './points.ts';
import { recomputeCenters } from './recompute-centers.ts';

export interface LloydResult {
  centers: Float64Array;
  labels: Int32Array;
  inertia: number;
  iterations: number;
  converged: boolean;
}

/**
 * Lloyd iterations from given centres until no label changes, the centres move less than
 * `tolerance` in total (squared), or `maxIterations` pass (scikit-learn's two stopping rules).
 * An empty cluster takes the point farthest from its centre.
 */
export function lloyd(
  points: Points,
  initial: Float64Array,
  k: number,
  tolerance: number,
  maxIterations: number,
): LloydResult {
  const { n } = points;
  const centers = Float64Array.from(initial);
  const labels = new Int32Array(n).fill(-1);
  const distances = new Float64Array(n);
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations++;
    const changed = assign(points, centers, k, labels, distances);
    if (changed === 0 && iterations > 1) {
      converged = true;
      break;
    }
    const shift = recomputeCenters(points, centers, k, labels, distances);
    if (shift <= tolerance) {
      converged = true;
      break;
    }
  }
  const inertia = assignedInertia(points, centers, k, labels, distances);
  return { centers, labels, inertia, iterations, converged };
}

/** Assigns each point to its nearest centre, filling `distances` (squared); returns how many labels changed. */
export function assign(
  points: Points,
  centers: Float64Array,
  k: number,
  labels: Int32Array,
  distances: Float64Array,
): number {
  return distanceKernels(points.d).assign(points.data, points.n, centers, k, labels, distances);
}

/** Final nearest-centre assignment; returns the inertia (sum of squared distances). */
export function assignedInertia(
  points: Points,
  centers: Float64Array,
  k: number,
  labels: Int32Array,
  distances: Float64Array,
): number {
  assign(points, centers, k, labels, distances);
  let inertia = 0;
  for (let i = 0; i < points.n; i++) inertia += distances[i] as number;
  return inertia;
}
