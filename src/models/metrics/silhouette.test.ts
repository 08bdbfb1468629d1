import assert from 'node:assert/strict';
import { test } from 'node:test';
import { silhouette } from './silhouette.ts';

test('silhouette by hand: two pairs on a line', () => {
  // Points 0, 1 (cluster 0) and 5, 6 (cluster 1).
  // Point 0: a = 1, b = (5 + 6) / 2 = 5.5 → (5.5 − 1) / 5.5; point 1: a = 1, b = 4.5 → 3.5 / 4.5; symmetric.
  const data = Float64Array.from([0, 1, 5, 6]);
  const { score, sampleSize } = silhouette(data, 4, 1, Int32Array.from([0, 0, 1, 1]), 2);
  const expected = (2 * (4.5 / 5.5) + 2 * (3.5 / 4.5)) / 4;
  assert.ok(Math.abs(score - expected) < 1e-12);
  assert.equal(sampleSize, 4);
});

test('a point alone in its cluster scores 0; one cluster scores 0', () => {
  const alone = silhouette(Float64Array.from([0, 1, 9]), 3, 1, Int32Array.from([0, 0, 1]), 2);
  // Points 0 and 1: a = 1, b = 9 and 8 → 8/9 and 7/8; point 9 alone → 0.
  assert.ok(Math.abs(alone.score - (8 / 9 + 7 / 8) / 3) < 1e-12);
  assert.equal(silhouette(Float64Array.from([0, 1, 2]), 3, 1, Int32Array.from([0, 0, 0]), 1).score, 0);
});

test('above the exact limit a seeded sample of the stated size is used', () => {
  const n = 300;
  const data = Float64Array.from({ length: n }, (_, i) => (i < 150 ? i % 7 : 100 + (i % 5)));
  const labels = Int32Array.from({ length: n }, (_, i) => (i < 150 ? 0 : 1));
  const a = silhouette(data, n, 1, labels, 2, { maxExact: 100, seed: 3 });
  const b = silhouette(data, n, 1, labels, 2, { maxExact: 100, seed: 3 });
  assert.equal(a.sampleSize, 100);
  assert.equal(a.score, b.score);
  assert.ok(a.score > 0.9);
});
