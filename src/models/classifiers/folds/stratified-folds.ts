import { SeededRandom } from '../../random/index.ts';
import type { Fold } from './folds.ts';

/**
 * Stratified k-fold: rows of each class are shuffled (seeded) and dealt round-robin, so every
 * fold holds the same share of positives, give or take one row. k is capped at the size of the
 * smaller class so each test fold holds both classes.
 *
 * @example
 * const folds = stratifiedFolds(y, 5, 42);
 */
export function stratifiedFolds(labels: ArrayLike<number>, k: number, seed: number): Fold[] {
  const random = new SeededRandom(seed, 101);
  const foldOf = new Int32Array(labels.length);
  let next = 0;
  for (const cls of [1, 0]) {
    const rows: number[] = [];
    for (let i = 0; i < labels.length; i++) if (labels[i] === cls) rows.push(i);
    for (let i = rows.length - 1; i > 0; i--) {
      const j = Math.floor(random.next() * (i + 1));
      [rows[i], rows[j]] = [rows[j]!, rows[i]!];
    }
    // Continue dealing where the other class stopped, so fold sizes stay balanced too.
    for (const row of rows) foldOf[row] = next++ % k;
  }
  return Array.from({ length: k }, (_, f) => {
    const train: number[] = [];
    const test: number[] = [];
    for (let i = 0; i < labels.length; i++) (foldOf[i] === f ? test : train).push(i);
    return { train: Uint32Array.from(train), test: Uint32Array.from(test) };
  });
}
