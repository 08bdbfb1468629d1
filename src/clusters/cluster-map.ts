import type { Points } from '../models/kmeans/index.ts';
import { fitPca } from '../models/pca/index.ts';
import { SeededRandom } from '../models/random/index.ts';

export interface ClusterMap {
  /** Share of variance along x and y. */
  explained_variance: number[];
  /** Input weights of each axis (prepared matrix columns), to say what x and y mean. */
  axes: { column: string; x: number; y: number }[];
  points: { id: string; x: number; y: number; cluster: number }[];
  centers: { cluster: number; x: number; y: number }[];
  /** Points drawn: all, or a seeded sample of this size (stated). */
  sample_size: number;
  total: number;
}

/** At most this many customers are drawn on the map. */
const MAP_LIMIT = 5000;

/**
 * A 2-D PCA projection of the prepared matrix for the cluster map: PCA is fitted on all rows and
 * at most 5,000 seeded-sampled rows are returned, with the cluster centres projected too.
 *
 * @example
 * clusterMap(points, ids, labels, centers, k, columns, 0).points[0] // => { id: '17', x: -1.2, y: 0.4, cluster: 2 }
 */
export function clusterMap(
  points: Points,
  ids: readonly string[],
  labels: Int32Array,
  centers: Float64Array,
  k: number,
  columns: readonly string[],
  seed: number,
): ClusterMap {
  const { n, d } = points;
  const pca = fitPca(points, 2);
  const m = pca.components;
  const at = (row: number, c: number) => (m > c ? (pca.projection[row * m + c] as number) : 0);
  let rows = Array.from({ length: n }, (_, i) => i);
  if (n > MAP_LIMIT) {
    const random = new SeededRandom(seed, 29);
    for (let i = 0; i < MAP_LIMIT; i++) {
      const j = i + Math.floor(random.next() * (n - i));
      [rows[i], rows[j]] = [rows[j] as number, rows[i] as number];
    }
    rows = rows.slice(0, MAP_LIMIT).sort((a, b) => a - b);
  }
  const project = (c: number, axis: number) => {
    if (axis >= m) return 0;
    let s = 0;
    for (let t = 0; t < d; t++)
      s += ((centers[c * d + t] as number) - (pca.mean[t] as number)) * (pca.axes[axis * d + t] as number);
    return s;
  };
  return {
    explained_variance: pca.explainedVarianceRatio,
    axes: columns.map((column, t) => ({
      column,
      x: m > 0 ? (pca.axes[t] as number) : 0,
      y: m > 1 ? (pca.axes[d + t] as number) : 0,
    })),
    points: rows.map((i) => ({
      id: ids[i] as string,
      x: at(i, 0),
      y: at(i, 1),
      cluster: labels[i] as number,
    })),
    centers: Array.from({ length: k }, (_, c) => ({ cluster: c, x: project(c, 0), y: project(c, 1) })),
    sample_size: rows.length,
    total: n,
  };
}
