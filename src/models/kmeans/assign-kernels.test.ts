import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assignKernels, hasUnrolledAssign } from './assign-kernels.ts';
import { distanceKernels } from './distance-kernels.ts';

test('the (d, k)-unrolled assignment equals the loop, ties and sum moves included', () => {
  for (const [d, k] of [
    [1, 3],
    [3, 5],
    [4, 8],
  ] as const) {
    assert.ok(hasUnrolledAssign(d, k));
    const n = 60;
    // Integer grid values make exact ties between centres likely.
    const data = Float64Array.from({ length: n * d }, (_, i) => (i * 7) % 5);
    const centers = Float64Array.from({ length: k * d }, (_, i) => (i * 3) % 4);
    const a = { labels: new Int32Array(n), distances: new Float64Array(n) };
    const b = { labels: new Int32Array(n), distances: new Float64Array(n) };
    const changedA = assignKernels(d, k).assign(data, n, centers, k, a.labels, a.distances);
    const changedB = distanceKernels(d).assign(data, n, centers, k, b.labels, b.distances);
    assert.equal(changedA, changedB);
    assert.deepEqual(Array.from(a.labels), Array.from(b.labels));
    assert.deepEqual(Array.from(a.distances), Array.from(b.distances));
    const moved = centers.map((v) => v + 0.3);
    const sumsA = new Float64Array(k * d);
    const countsA = new Int32Array(k);
    const sumsB = new Float64Array(k * d);
    const countsB = new Int32Array(k);
    assignKernels(d, k).assignMoving(data, n, moved, k, a.labels, a.distances, sumsA, countsA);
    distanceKernels(d).assignMoving(data, n, moved, k, b.labels, b.distances, sumsB, countsB);
    assert.deepEqual(Array.from(a.labels), Array.from(b.labels));
    assert.deepEqual(Array.from(sumsA), Array.from(sumsB));
    assert.deepEqual(Array.from(countsA), Array.from(countsB));
  }
  assert.ok(!hasUnrolledAssign(15, 8));
});
