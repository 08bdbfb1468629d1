import assert from 'node:assert/strict';
import { test } from 'node:test';
import { distanceKernels } from './distance-kernels.ts';

test('generated kernels agree with plain loops, unrolled (d = 3) and wide (d = 20)', () => {
  for (const d of [1, 3, 20]) {
    const n = 40;
    const k = 4;
    const data = Float64Array.from({ length: n * d }, (_, i) => Math.sin(i * 0.37) * 5);
    const centers = data.slice(0, k * d);
    const plain = (a: Float64Array, i: number, b: Float64Array, j: number) => {
      let s = 0;
      for (let t = 0; t < d; t++) s += ((a[i * d + t] as number) - (b[j * d + t] as number)) ** 2;
      return s;
    };
    const kernels = distanceKernels(d);
    const labels = new Int32Array(n).fill(-1);
    const distances = new Float64Array(n);
    assert.equal(kernels.assign(data, n, centers, k, labels, distances), n);
    const out = new Float64Array(2);
    for (let i = 0; i < n; i++) {
      const all = Array.from({ length: k }, (_, c) => plain(data, i, centers, c));
      const sorted = [...all].sort((a, b) => a - b);
      assert.equal(distances[i], sorted[0]);
      assert.equal(labels[i], all.indexOf(sorted[0] as number));
      assert.equal(kernels.nearestTwo(data, i, centers, k, out), labels[i]);
      assert.deepEqual(Array.from(out), sorted.slice(0, 2));
      assert.equal(kernels.distance(data, i, centers, 2), plain(data, i, centers, 2));
    }
  }
});
