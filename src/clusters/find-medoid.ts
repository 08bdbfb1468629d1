import type { Points } from '../models/kmeans/index.ts';
import { SeededRandom } from '../models/random/index.ts';

/** Above this many members, the medoid is searched among a seeded sample of them. */
const EXACT_LIMIT = 2000;

/**
 * The row of cluster `c` with the least total distance to the cluster's other rows (its medoid):
 * exact up to 2,000 members, else among 2,000 sampled members. -1 for an empty cluster.
 *
 * @example
 * findMedoid(points, labels, 0, 7) // => 1832
 */
export function findMedoid(points: Points, labels: Int32Array, c: number, seed: number): number {
  const { data, d } = points;
  let members: number[] = [];
  for (let i = 0; i < labels.length; i++) if (labels[i] === c) members.push(i);
  if (members.length === 0) return -1;
  if (members.length > EXACT_LIMIT) {
    const random = new SeededRandom(seed, 17 + c);
    for (let i = 0; i < EXACT_LIMIT; i++) {
      const j = i + Math.floor(random.next() * (members.length - i));
      [members[i], members[j]] = [members[j] as number, members[i] as number];
    }
    members = members.slice(0, EXACT_LIMIT).sort((a, b) => a - b);
  }
  let best = members[0] as number;
  let bestTotal = Number.POSITIVE_INFINITY;
  for (const i of members) {
    let total = 0;
    for (const j of members) {
      let sq = 0;
      for (let t = 0; t < d; t++) sq += ((data[i * d + t] as number) - (data[j * d + t] as number)) ** 2;
      total += Math.sqrt(sq);
      if (total >= bestTotal) break;
    }
    if (total < bestTotal) [best, bestTotal] = [i, total];
  }
  return best;
}
