/**
 * The adjusted Rand index (Hubert & Arabie 1985) between two labelings of the same points:
 * 1 for identical partitions (up to renaming), about 0 for chance agreement.
 *
 * @example
 * adjustedRandIndex(Int32Array.from([0, 0, 1]), Int32Array.from([5, 5, 2])) // => 1
 */
export function adjustedRandIndex(a: Int32Array, b: Int32Array): number {
  const n = a.length;
  if (b.length !== n) throw new Error('adjustedRandIndex: labelings differ in length');
  const table = new Map<number, number>();
  const rows = new Map<number, number>();
  const cols = new Map<number, number>();
  // Labels are small non-negative integers; pack a pair into one number key.
  for (let i = 0; i < n; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    const key = x * 1_048_576 + y;
    table.set(key, (table.get(key) ?? 0) + 1);
    rows.set(x, (rows.get(x) ?? 0) + 1);
    cols.set(y, (cols.get(y) ?? 0) + 1);
  }
  const pairs = (m: number) => (m * (m - 1)) / 2;
  let index = 0;
  for (const v of table.values()) index += pairs(v);
  let sumA = 0;
  for (const v of rows.values()) sumA += pairs(v);
  let sumB = 0;
  for (const v of cols.values()) sumB += pairs(v);
  const expected = (sumA * sumB) / pairs(n);
  const max = (sumA + sumB) / 2;
  // Both partitions trivial (all one cluster, or all singletons): scikit-learn returns 1.
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}
