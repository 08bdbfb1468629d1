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
  const { data, n, d } = points;
  let changed = 0;
  for (let i = 0; i < n; i++) {
    const row = i * d;
    let best = 0;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (let c = 0; c < k; c++) {
      const base = c * d;
      let dist = 0;
      for (let t = 0; t < d; t++) {
        const diff = (data[row + t] as number) - (centers[base + t] as number);
        dist += diff * diff;
      }
      if (dist < bestDistance) {
        best = c;
        bestDistance = dist;
      }
    }
    if (labels[i] !== best) changed++;
    labels[i] = best;
    distances[i] = bestDistance;
  }
  return changed;
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
