import assert from 'node:assert/strict';
import { test } from 'node:test';
import { trialsKernel } from './trial-kernels.ts';

test('all k-means++ trials in one pass equal one plain pass per candidate, unrolled and looped', () => {
  // d·trials of 2, 9 and 80: the last is above the unroll limit and uses the loop.
  for (const [d, trials] of [
    [1, 2],
    [3, 3],
    [20, 4],
  ] as const) {
    const n = 50;
    const data = Float64Array.from({ length: n * d }, (_, i) => Math.sin(i * 0.37) * 5);
    const closest = Float64Array.from({ length: n }, (_, i) => 2 + Math.cos(i));
    const candidates = Int32Array.from({ length: trials }, (_, t) => (t * 17 + 3) % n);
    const into = Array.from({ length: trials }, () => new Float64Array(n));
    const sums = new Float64Array(trials);
    trialsKernel(d, trials)(data, n, candidates, closest, into, sums);
    for (let t = 0; t < trials; t++) {
      const q = (candidates[t] as number) * d;
      const expected = Array.from({ length: n }, (_, i) => {
        let s = 0;
        for (let j = 0; j < d; j++) s += ((data[i * d + j] as number) - (data[q + j] as number)) ** 2;
        return Math.min(closest[i] as number, s);
      });
      assert.deepEqual(Array.from(into[t] as Float64Array), expected, `d ${d}, trial ${t}`);
      assert.ok(Math.abs((sums[t] as number) - expected.reduce((a, b) => a + b, 0)) < 1e-9);
    }
  }
});
