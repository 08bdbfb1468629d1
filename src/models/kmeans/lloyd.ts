import { assignKernels } from './assign-kernels.ts';
import { CenterSums } from './center-sums.ts';
import type { Points } from './points.ts';

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
  const { data, n, d } = points;
  const centers = Float64Array.from(initial);
  const labels = new Int32Array(n);
  const distances = new Float64Array(n);
  const sums = new CenterSums(points, k);
  const kernels = assignKernels(d, k);
  let iterations = 0;
  let converged = false;
  let tracked = false;
  // True when the last pass assigned every point to the current centres (labels stable).
  let current = false;
  while (iterations < maxIterations) {
    iterations++;
    if (tracked) {
      const changed = kernels.assignMoving(data, n, centers, k, labels, distances, sums.sums, sums.counts);
      if (changed === 0) {
        converged = true;
        current = true;
        break;
      }
    } else {
      kernels.assign(data, n, centers, k, labels, distances);
      sums.rebuild(labels);
      tracked = true;
    }
    const { shift, relocated } = sums.update(centers, labels, () => distances);
    // A relocated point's distance is stale; the next pass recomputes all and counts no change from it.
    if (relocated) tracked = false;
    if (shift <= tolerance) {
      converged = true;
      break;
    }
  }
  // As scikit-learn: a final assignment only when the centres moved after the last one.
  const inertia = current ? sumOf(distances) : assignedInertia(points, centers, k, labels, distances);
  return { centers, labels, inertia, iterations, converged };
}

function sumOf(values: Float64Array): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i] as number;
  return total;
}

/** Assigns each point to its nearest centre, filling `distances` (squared); returns how many labels changed. */
export function assign(
  points: Points,
  centers: Float64Array,
  k: number,
  labels: Int32Array,
  distances: Float64Array,
): number {
  return assignKernels(points.d, k).assign(points.data, points.n, centers, k, labels, distances);
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
