import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fitKMeans } from './fit-kmeans.ts';

const points = (rows: number[][]) => ({
  data: Float64Array.from(rows.flat()),
  n: rows.length,
  d: rows[0]?.length ?? 0,
});

test('two obvious groups: centres are their means, inertia is hand-computed', () => {
  const result = fitKMeans(
    points([
      [0, 0],
      [0, 2],
      [10, 10],
      [10, 12],
    ]),
    { k: 2, seed: 1, nInit: 3 },
  );
  const centers = [Array.from(result.centers.subarray(0, 2)), Array.from(result.centers.subarray(2, 4))].sort(
    (a, b) => (a[0] as number) - (b[0] as number),
  );
  assert.deepEqual(centers, [
    [0, 1],
    [10, 11],
  ]);
  assert.equal(result.inertia, 4); // each point is 1 from its centre
  assert.equal(result.labels[0], result.labels[1]);
  assert.notEqual(result.labels[0], result.labels[2]);
});

test('the same seed gives the same result; shuffling rows keeps the inertia', () => {
  const rows = Array.from({ length: 60 }, (_, i) => [Math.sin(i) * 5 + (i % 3) * 20, Math.cos(i * 7) * 5]);
  const a = fitKMeans(points(rows), { k: 3, seed: 7 });
  const b = fitKMeans(points(rows), { k: 3, seed: 7 });
  assert.deepEqual(Array.from(a.labels), Array.from(b.labels));
  const shuffled = fitKMeans(points([...rows].reverse()), { k: 3, seed: 7 });
  assert.ok(Math.abs(shuffled.inertia - a.inertia) < 1e-9 * a.inertia);
});

test('degenerate inputs: k > n, identical points, one point', () => {
  const few = fitKMeans(
    points([
      [1, 1],
      [2, 2],
    ]),
    { k: 5, seed: 0 },
  );
  assert.equal(few.k, 2);
  assert.equal(few.inertia, 0);
  const same = fitKMeans(
    points([
      [3, 3],
      [3, 3],
      [3, 3],
      [3, 3],
    ]),
    { k: 2, seed: 0 },
  );
  assert.equal(same.inertia, 0);
  const one = fitKMeans(points([[4, 2]]), { k: 3, seed: 0 });
  assert.deepEqual([one.k, one.inertia, Array.from(one.centers)], [1, 0, [4, 2]]);
});

test('NaN and infinite values are refused with the row and feature', () => {
  assert.throws(
    () =>
      fitKMeans(
        points([
          [1, 2],
          [Number.NaN, 1],
        ]),
        { k: 1, seed: 0 },
      ),
    /Row 2, feature 1 is NaN/,
  );
  assert.throws(() => fitKMeans(points([[1, Number.POSITIVE_INFINITY]]), { k: 1, seed: 0 }), {
    code: 'invalid_value',
  });
  assert.throws(() => fitKMeans(points([[1, 2]]), { k: 0, seed: 0 }), { code: 'invalid_k' });
});

test("Hamerly's bounds give exactly Lloyd's labels, centres and iterations", () => {
  const rows = Array.from({ length: 600 }, (_, i) => [
    Math.sin(i * 1.3) * 4 + (i % 5) * 3,
    Math.cos(i * 0.7) * 4 + (i % 3) * 2,
    (i % 11) - 5,
  ]);
  for (const k of [2, 5, 9]) {
    const lloyd = fitKMeans(points(rows), { k, seed: 3, nInit: 3, algorithm: 'lloyd' });
    const hamerly = fitKMeans(points(rows), { k, seed: 3, nInit: 3, algorithm: 'hamerly' });
    assert.deepEqual(Array.from(hamerly.labels), Array.from(lloyd.labels));
    assert.equal(hamerly.iterations, lloyd.iterations);
    assert.ok(Math.abs(hamerly.inertia - lloyd.inertia) <= 1e-9 * lloyd.inertia);
  }
});
