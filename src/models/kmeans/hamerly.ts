import { CenterSums } from './center-sums.ts';
import { distanceKernels } from './distance-kernels.ts';
import type { LloydResult } from './lloyd.ts';
import { assignedInertia } from './lloyd.ts';
import type { Points } from './points.ts';

/**
 * Lloyd's iterations with Hamerly's bounds (Hamerly 2010, "Making k-means even faster"): each
 * point keeps an upper bound on the distance to its centre and one lower bound on the distance
 * to any other; a point is re-scanned only when the bounds cannot rule out a change. The labels
 * after every iteration are those Lloyd's would give, so the result is the same; the stopping
 * rules are Lloyd's too (no label changed, or total squared centre shift ≤ `tolerance`).
 */
export function hamerly(
  points: Points,
  initial: Float64Array,
  k: number,
  tolerance: number,
  maxIterations: number,
): LloydResult {
  const { data, n, d } = points;
  const centers = Float64Array.from(initial);
  const labels = new Int32Array(n);
  const upper = new Float64Array(n);
  const lower = new Float64Array(n);
  const squared = new Float64Array(n);
  const half = new Float64Array(k);
  const moved = new Float64Array(k);
  const previous = new Float64Array(k * d);
  let iterations = 0;
  let converged = false;
  let bounded = false;
  const kernels = distanceKernels(d);
  const pair = new Float64Array(2);
  const sums = new CenterSums(points, k);
  let largest = 0;
  let largestAt = -1;
  let secondLargest = 0;
  while (iterations < maxIterations) {
    iterations++;
    halfGaps(centers, k, d, half);
    let changed = 0;
    for (let i = 0; i < n; i++) {
      const a = labels[i] as number;
      if (bounded) {
        // The last centre moves loosen the bounds (applied here rather than in a pass of their own).
        const up = (upper[i] as number) + (moved[a] as number);
        const low = (lower[i] as number) - (a === largestAt ? secondLargest : largest);
        upper[i] = up;
        lower[i] = low;
        const bound = (half[a] as number) > low ? (half[a] as number) : low;
        if (up <= bound) continue;
        const exact = Math.sqrt(kernels.distance(data, i, centers, a));
        upper[i] = exact;
        if (exact <= bound) continue;
      }
      // Full scan for the nearest and second-nearest centre.
      const best = kernels.nearestTwo(data, i, centers, k, pair);
      const first = pair[0] as number;
      const second = pair[1] as number;
      if (!bounded) changed++;
      else if (best !== a) {
        changed++;
        sums.move(i, a, best);
      }
      labels[i] = best;
      upper[i] = Math.sqrt(first);
      lower[i] = Math.sqrt(second);
    }
    if (changed === 0 && bounded) {
      converged = true;
      break;
    }
    if (!bounded) sums.rebuild(labels);
    bounded = true;
    previous.set(centers);
    const { shift, relocated } = sums.update(centers, labels, () => {
      for (let i = 0; i < n; i++) squared[i] = kernels.distance(data, i, centers, labels[i] as number);
      return squared;
    });
    // A relocated point invalidates its bounds: rescan everyone next time (rare).
    if (relocated) bounded = false;
    largest = 0;
    largestAt = -1;
    secondLargest = 0;
    for (let c = 0; c < k; c++) {
      const m = Math.sqrt(distance(centers, c * d, previous, c * d, d));
      moved[c] = m;
      if (m > largest) {
        secondLargest = largest;
        largest = m;
        largestAt = c;
      } else if (m > secondLargest) secondLargest = m;
    }
    if (shift <= tolerance) {
      converged = true;
      break;
    }
  }
  const inertia = assignedInertia(points, centers, k, labels, squared);
  return { centers, labels, inertia, iterations, converged };
}

function distance(a: Float64Array, ai: number, b: Float64Array, bj: number, d: number): number {
  let sum = 0;
  for (let t = 0; t < d; t++) {
    const diff = (a[ai + t] as number) - (b[bj + t] as number);
    sum += diff * diff;
  }
  return sum;
}

/** Half the distance from each centre to its nearest other centre. */
function halfGaps(centers: Float64Array, k: number, d: number, half: Float64Array): void {
  for (let c = 0; c < k; c++) {
    let nearest = Number.POSITIVE_INFINITY;
    for (let o = 0; o < k; o++)
      if (o !== c) nearest = Math.min(nearest, distance(centers, c * d, centers, o * d, d));
    half[c] = Number.isFinite(nearest) ? Math.sqrt(nearest) / 2 : 0;
  }
}
