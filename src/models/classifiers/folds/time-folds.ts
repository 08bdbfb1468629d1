import type { Fold } from './folds.ts';

/**
 * Time-aware folds (forward chaining): rows are ordered by `times`, cut into k + 1 blocks, and
 * fold f trains on blocks 0..f and tests on block f + 1, so a model never learns from the future.
 * Rows sharing one time stay in one block.
 *
 * @example
 * const folds = timeFolds(snapshotDays, 4);
 */
export function timeFolds(times: ArrayLike<number>, k: number): Fold[] {
  const n = times.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => times[a]! - times[b]! || a - b);
  const blockOf = new Int32Array(n);
  // Rows sharing a time form one group; each group's block is where its middle row falls.
  for (let start = 0; start < n; ) {
    let end = start;
    while (end + 1 < n && times[order[end + 1]!] === times[order[start]!]) end++;
    const block = Math.min(k, Math.floor(((start + end + 1) / 2) * ((k + 1) / n)));
    for (let r = start; r <= end; r++) blockOf[order[r]!] = block;
    start = end + 1;
  }
  const folds: Fold[] = [];
  for (let f = 0; f < k; f++) {
    const train: number[] = [];
    const test: number[] = [];
    for (const i of order) {
      if (blockOf[i]! <= f) train.push(i);
      else if (blockOf[i] === f + 1) test.push(i);
    }
    if (train.length && test.length)
      folds.push({ train: Uint32Array.from(train), test: Uint32Array.from(test) });
  }
  return folds;
}
