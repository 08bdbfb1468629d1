import { type Points, squaredDistance } from './points.ts';

export interface LloydResult {
  centers: Float64Array;
  labels: Int32Array;
  inertia: number;
  iterations: number;
  converged: boolean;
}

/**
 * Lloyd iterations from given centres until the centres move less than `tolerance` in total
 * (squared) or `maxIterations` pass. An empty cluster takes the point farthest from its centre.
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
  const sums = new Float64Array(k * d);
  const counts = new Int32Array(k);
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations++;
    assign(points, centers, k, labels, distances);
    sums.fill(0);
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const c = labels[i] as number;
      counts[c] = (counts[c] as number) + 1;
      for (let t = 0; t < d; t++) sums[c * d + t] = (sums[c * d + t] as number) + (data[i * d + t] as number);
    }
    let shift = 0;
    for (let c = 0; c < k; c++) {
      if (counts[c] === 0) relocate(points, distances, labels, sums, counts, c);
      for (let t = 0; t < d; t++) {
        const next = (sums[c * d + t] as number) / (counts[c] as number);
        const diff = next - (centers[c * d + t] as number);
        shift += diff * diff;
        centers[c * d + t] = next;
      }
    }
    if (shift <= tolerance) {
      converged = true;
      break;
    }
  }
  const inertia = assign(points, centers, k, labels, distances);
  return { centers, labels, inertia, iterations, converged };
}

/** Assigns each point to its nearest centre; returns the inertia (sum of squared distances). */
export function assign(
  points: Points,
  centers: Float64Array,
  k: number,
  labels: Int32Array,
  distances: Float64Array,
): number {
  const { data, n, d } = points;
  let inertia = 0;
  for (let i = 0; i < n; i++) {
    let best = 0;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (let c = 0; c < k; c++) {
      const dist = squaredDistance(data, i, centers, c, d);
      if (dist < bestDistance) [best, bestDistance] = [c, dist];
    }
    labels[i] = best;
    distances[i] = bestDistance;
    inertia += bestDistance;
  }
  return inertia;
}

function relocate(
  points: Points,
  distances: Float64Array,
  labels: Int32Array,
  sums: Float64Array,
  counts: Int32Array,
  empty: number,
): void {
  const { data, d } = points;
  let far = 0;
  for (let i = 1; i < distances.length; i++)
    if ((distances[i] as number) > (distances[far] as number)) far = i;
  const from = labels[far] as number;
  if ((counts[from] as number) > 1) {
    counts[from] = (counts[from] as number) - 1;
    for (let t = 0; t < d; t++)
      sums[from * d + t] = (sums[from * d + t] as number) - (data[far * d + t] as number);
  }
  counts[empty] = 1;
  for (let t = 0; t < d; t++) sums[empty * d + t] = data[far * d + t] as number;
  labels[far] = empty;
  distances[far] = 0;
}
