import assert from 'node:assert/strict';
import { test } from 'node:test';
import { adjustedRandIndex } from '../metrics/index.ts';
import { gaussianBlobs } from '../testing/index.ts';
import { fitGaussianMixture } from './fit-gaussian-mixture.ts';

test('a Gaussian mixture recovers separated groups, with memberships that sum to 1', () => {
  const blobs = gaussianBlobs(
    [
      [0, 0],
      [10, 0],
      [0, 10],
    ],
    300,
    1.2,
    2,
  );
  const fit = fitGaussianMixture(blobs, { k: 3, seed: 0 });
  assert.ok(adjustedRandIndex(blobs.truth, fit.labels) >= 0.95);
  for (let i = 0; i < blobs.n; i++) {
    let sum = 0;
    for (let c = 0; c < 3; c++) {
      const r = fit.responsibilities[i * 3 + c] as number;
      assert.ok(r >= 0 && r <= 1);
      sum += r;
    }
    assert.ok(Math.abs(sum - 1) < 1e-9);
  }
  // Variances come back near the generating 1.2² = 1.44.
  for (const v of fit.variances) assert.ok(v > 1.1 && v < 1.8, `variance ${v}`);
  assert.ok(Math.abs(fit.weights.reduce((s, w) => s + w, 0) - 1) < 1e-9);
});

test('a point between two components gets split membership', () => {
  const blobs = gaussianBlobs(
    [
      [0, 0],
      [6, 0],
    ],
    200,
    1,
    3,
  );
  const data = new Float64Array(blobs.data.length + 2);
  data.set(blobs.data);
  data.set([3, 0], blobs.data.length);
  const fit = fitGaussianMixture({ data, n: blobs.n + 1, d: 2 }, { k: 2, seed: 0 });
  const last = blobs.n * 2;
  const [p, q] = [fit.responsibilities[last] as number, fit.responsibilities[last + 1] as number];
  assert.ok(p > 0.2 && q > 0.2, `membership ${p}, ${q}`);
});
