import { distanceKernels } from './distance-kernels.ts';
import type { Points } from './points.ts';
import { recomputeCenters } from './recompute-centers.ts';

/**
 * Per-centre coordinate sums and counts kept up to date as points change cluster, so a k-means
 * iteration costs only the relabelled points instead of a pass over all of them. Lloyd's and
 * Hamerly's iterations share it, applying the same moves in the same order, so they stay equal.
 */
export class CenterSums {
  readonly sums: Float64Array;
  readonly counts: Int32Array;
  private readonly kernels: ReturnType<typeof distanceKernels>;

  constructor(
    private readonly points: Points,
    private readonly k: number,
  ) {
    this.sums = new Float64Array(k * points.d);
    this.counts = new Int32Array(k);
    this.kernels = distanceKernels(points.d);
  }

  /** Recomputes the sums from scratch from the labels. */
  rebuild(labels: Int32Array): void {
    const { data, n, d } = this.points;
    this.sums.fill(0);
    this.counts.fill(0);
    for (let i = 0; i < n; i++) {
      const c = labels[i] as number;
      this.counts[c] = (this.counts[c] as number) + 1;
      for (let t = 0; t < d; t++)
        this.sums[c * d + t] = (this.sums[c * d + t] as number) + (data[i * d + t] as number);
    }
  }

  /**
   * Moves the centres to their means and returns the total squared shift. An empty cluster takes
   * the point farthest from its centre (`distances()` gives every point's squared distance), and
   * the sums are rebuilt; `relocated` says so.
   */
  update(
    centers: Float64Array,
    labels: Int32Array,
    distances: () => Float64Array,
  ): { shift: number; relocated: boolean } {
    const { d } = this.points;
    if (this.counts.includes(0)) {
      const shift = recomputeCenters(this.points, centers, this.k, labels, distances());
      this.rebuild(labels);
      return { shift, relocated: true };
    }
    let shift = 0;
    for (let c = 0; c < this.k; c++) {
      const count = this.counts[c] as number;
      for (let t = 0; t < d; t++) {
        const next = (this.sums[c * d + t] as number) / count;
        const diff = next - (centers[c * d + t] as number);
        shift += diff * diff;
        centers[c * d + t] = next;
      }
    }
    return { shift, relocated: false };
  }

  /** The point moved from one cluster to another. */
  move(i: number, from: number, to: number): void {
    this.kernels.moveRow(this.points.data, i, from, to, this.sums, this.counts);
  }
}
