import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SeededRandom } from './seeded-random.ts';

const draws = (rng: SeededRandom, n: number) => Array.from({ length: n }, () => rng.nextUint32());

test('the same seed and stream repeat; another seed or stream does not', () => {
  assert.deepEqual(draws(new SeededRandom(42, 7), 20), draws(new SeededRandom(42, 7), 20));
  assert.notDeepEqual(draws(new SeededRandom(42, 7), 20), draws(new SeededRandom(43, 7), 20));
  assert.notDeepEqual(draws(new SeededRandom(42, 7), 20), draws(new SeededRandom(42, 8), 20));
});

test('draws stay in range and look uniform', () => {
  const rng = new SeededRandom(1);
  const buckets = new Array(10).fill(0);
  for (let i = 0; i < 100_000; i++) {
    const x = rng.next();
    assert.ok(x >= 0 && x < 1);
    buckets[Math.floor(x * 10)]++;
  }
  for (const count of buckets) assert.ok(Math.abs(count - 10_000) < 500, `bucket ${count}`);
  for (let i = 0; i < 1000; i++) {
    const n = rng.int(3, 5);
    assert.ok(Number.isInteger(n) && n >= 3 && n <= 5);
  }
});

test('weighted picks follow their weights; a zero weight is never picked', () => {
  const rng = new SeededRandom(5);
  const counts = { a: 0, b: 0, c: 0 };
  for (let i = 0; i < 30_000; i++) counts[rng.pickWeighted(['a', 'b', 'c'] as const, [1, 2, 0])]++;
  assert.equal(counts.c, 0);
  assert.ok(Math.abs(counts.b / counts.a - 2) < 0.1);
});

test('exponential draws have the asked-for mean', () => {
  const rng = new SeededRandom(9);
  let sum = 0;
  for (let i = 0; i < 50_000; i++) sum += rng.exponential(30);
  assert.ok(Math.abs(sum / 50_000 - 30) < 0.6);
});
