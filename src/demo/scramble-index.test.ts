import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scrambleIndex } from './scramble-index.ts';

test('it is a one-to-one shuffle of 0 … size-1 for awkward sizes', () => {
  for (const size of [1, 2, 3, 10, 17, 1000, 4097]) {
    const seen = new Set<number>();
    for (let i = 0; i < size; i++) {
      const j = scrambleIndex(i, size, 42);
      assert.ok(Number.isInteger(j) && j >= 0 && j < size);
      seen.add(j);
    }
    assert.equal(seen.size, size, `size ${size}`);
  }
});

test('it depends on the key and actually shuffles', () => {
  const a = Array.from({ length: 100 }, (_, i) => scrambleIndex(i, 100, 1));
  const b = Array.from({ length: 100 }, (_, i) => scrambleIndex(i, 100, 2));
  assert.notDeepEqual(a, b);
  assert.ok(a.filter((v, i) => v === i).length < 10);
});

test('it refuses an index outside the range', () => {
  assert.throws(() => scrambleIndex(5, 5, 1), RangeError);
  assert.throws(() => scrambleIndex(0, 2 ** 31, 1), RangeError);
});
