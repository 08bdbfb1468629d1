import type { Points } from '../kmeans/index.ts';
import { SeededRandom } from '../random/index.ts';

/**
 * Synthetic test data: `perCluster` points around each of `centres` (k × d) with normal noise of
 * standard deviation `spread`, and the true labels.
 */
export function gaussianBlobs(
  centres: readonly (readonly number[])[],
  perCluster: number,
  spread: number,
  seed: number,
): Points & { truth: Int32Array } {
  const d = centres[0]?.length ?? 0;
  const n = centres.length * perCluster;
  const random = new SeededRandom(seed);
  const data = new Float64Array(n * d);
  const truth = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = i % centres.length;
    truth[i] = c;
    for (let t = 0; t < d; t++) {
      // Box–Muller.
      const z = Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
      data[i * d + t] = (centres[c]?.[t] ?? 0) + spread * z;
    }
  }
  return { data, n, d, truth };
}
