import { PatronError } from '../../errors/index.ts';
import { SeededRandom } from '../random/index.ts';
import { kmeansPlusPlus } from './kmeans-plus-plus.ts';
import { assignedInertia } from './lloyd.ts';
import type { Points } from './points.ts';

export interface MiniBatchOptions {
  k: number;
  seed: number;
  /** Points per step (scikit-learn's default is 1024). */
  batchSize?: number;
  /** Passes over the data at most. */
  maxEpochs?: number;
  /** Stop after this many batches without a better smoothed batch inertia. */
  maxNoImprovement?: number;
  /** Seedings tried on a sample; the one with the lowest sample inertia is kept. */
  nInit?: number;
}

export interface MiniBatchResult {
  centers: Float64Array;
  labels: Int32Array;
  inertia: number;
  /** Batches processed. */
  steps: number;
  k: number;
}

/**
 * Mini-batch k-means (Sculley 2010, with scikit-learn's per-centre learning rate 1/count and its
 * early stop on the smoothed batch inertia): k-means++ seeding on a sample, then small random
 * batches nudge the centres. Ends with one full assignment pass for labels and inertia.
 *
 * @example
 * const { labels } = fitMiniBatchKMeans({ data, n: 1_000_000, d: 8 }, { k: 8, seed: 0 });
 */
export function fitMiniBatchKMeans(points: Points, options: MiniBatchOptions): MiniBatchResult {
  const { data, n, d } = points;
  if (n === 0) throw new PatronError('no_points', 'There is nothing to cluster.');
  for (let i = 0; i < data.length; i++)
    if (!Number.isFinite(data[i])) {
      throw new PatronError(
        'invalid_value',
        `Row ${Math.floor(i / d) + 1}, feature ${(i % d) + 1} is ${data[i]}; clustering needs finite numbers.`,
      );
    }
  const k = Math.min(options.k, n);
  const batchSize = Math.min(options.batchSize ?? 1024, n);
  const random = new SeededRandom(options.seed);
  const centers = seed(points, k, Math.min(n, Math.max(3 * batchSize, 10 * k)), options.nInit ?? 3, random);
  const counts = new Float64Array(k);
  const batchLabels = new Int32Array(batchSize);
  const batchRows = new Int32Array(batchSize);
  const maxSteps = Math.ceil(((options.maxEpochs ?? 100) * n) / batchSize);
  const patience = options.maxNoImprovement ?? 10;
  let smoothed = Number.NaN;
  let bestSmoothed = Number.POSITIVE_INFINITY;
  let stale = 0;
  let steps = 0;
  while (steps < maxSteps) {
    steps++;
    let batchInertia = 0;
    for (let b = 0; b < batchSize; b++) {
      const row = Math.floor(random.next() * n);
      batchRows[b] = row;
      const [label, distance] = nearest(data, row * d, centers, k, d);
      batchLabels[b] = label;
      batchInertia += distance;
    }
    for (let b = 0; b < batchSize; b++) {
      const c = batchLabels[b] as number;
      const count = (counts[c] as number) + 1;
      counts[c] = count;
      const rate = 1 / count;
      const row = (batchRows[b] as number) * d;
      for (let t = 0; t < d; t++) {
        const at = c * d + t;
        centers[at] = (centers[at] as number) + rate * ((data[row + t] as number) - (centers[at] as number));
      }
    }
    // Exponentially weighted average of the per-point batch inertia (scikit-learn's early stop).
    const perPoint = batchInertia / batchSize;
    const alpha = Math.min(1, (batchSize * 2) / (n + 1));
    smoothed = Number.isNaN(smoothed) ? perPoint : smoothed * (1 - alpha) + perPoint * alpha;
    if (smoothed < bestSmoothed) {
      bestSmoothed = smoothed;
      stale = 0;
    } else if (++stale >= patience) break;
  }
  const labels = new Int32Array(n);
  const inertia = assignedInertia(points, centers, k, labels, new Float64Array(n));
  return { centers, labels, inertia, steps, k };
}

function nearest(
  data: Float64Array,
  row: number,
  centers: Float64Array,
  k: number,
  d: number,
): [number, number] {
  let best = 0;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let c = 0; c < k; c++) {
    let dist = 0;
    for (let t = 0; t < d; t++) {
      const diff = (data[row + t] as number) - (centers[c * d + t] as number);
      dist += diff * diff;
    }
    if (dist < bestDistance) {
      bestDistance = dist;
      best = c;
    }
  }
  return [best, bestDistance];
}

/** k-means++ on a random sample, `tries` times; keeps the seeding with the lowest sample inertia. */
function seed(points: Points, k: number, size: number, tries: number, random: SeededRandom): Float64Array {
  const { data, n, d } = points;
  let best: Float64Array = new Float64Array(k * d);
  let bestInertia = Number.POSITIVE_INFINITY;
  for (let t = 0; t < tries; t++) {
    const sample = new Float64Array(size * d);
    for (let s = 0; s < size; s++) {
      const row = Math.floor(random.next() * n);
      sample.set(data.subarray(row * d, row * d + d), s * d);
    }
    const sampled = { data: sample, n: size, d };
    const centers = kmeansPlusPlus(sampled, k, random);
    const inertia = assignedInertia(sampled, centers, k, new Int32Array(size), new Float64Array(size));
    if (inertia < bestInertia) [best, bestInertia] = [centers, inertia];
  }
  return best;
}
