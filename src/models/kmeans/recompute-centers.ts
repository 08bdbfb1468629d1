import type { Points } from './points.ts';

/**
 * Moves each centre to the mean of its points, in place, and returns the total squared shift.
 * An empty cluster takes the point farthest from its centre (by `distances`, squared), which
 * then counts as that cluster's only point.
 */
export function recomputeCenters(
  points: Points,
  centers: Float64Array,
  k: number,
  labels: Int32Array,
  distances: Float64Array,
): number {
  const { data, n, d } = points;
  const sums = new Float64Array(k * d);
  const counts = new Int32Array(k);
  for (let i = 0; i < n; i++) {
    const c = labels[i] as number;
    counts[c] = (counts[c] as number) + 1;
    const row = i * d;
    const base = c * d;
    for (let t = 0; t < d; t++) sums[base + t] = (sums[base + t] as number) + (data[row + t] as number);
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
  return shift;
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
