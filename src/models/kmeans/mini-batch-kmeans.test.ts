import assert from 'node:assert/strict';
import { test } from 'node:test';
import { adjustedRandIndex } from '../metrics/index.ts';
import { gaussianBlobs } from '../testing/index.ts';
import { fitKMeans } from './fit-kmeans.ts';
import { fitMiniBatchKMeans } from './mini-batch-kmeans.ts';

const CENTRES = [
  [0, 0, 0],
  [8, 0, 0],
  [0, 8, 0],
  [0, 0, 8],
];

test('well-separated mixtures are recovered: full and mini-batch k-means reach ARI ≥ 0.95', () => {
  const blobs = gaussianBlobs(CENTRES, 500, 1, 4);
  const full = fitKMeans(blobs, { k: 4, seed: 1 });
  assert.ok(adjustedRandIndex(blobs.truth, full.labels) >= 0.95);
  const mini = fitMiniBatchKMeans(blobs, { k: 4, seed: 1, batchSize: 256 });
  assert.ok(adjustedRandIndex(blobs.truth, mini.labels) >= 0.95);
  // Mini-batch is an approximation: its inertia is close to, never far below, the full fit's.
  assert.ok(mini.inertia <= full.inertia * 1.05 && mini.inertia >= full.inertia * 0.999);
});

test('mini-batch: same seed same result; k > n clamps; NaN refused', () => {
  const blobs = gaussianBlobs(CENTRES, 100, 1, 5);
  const a = fitMiniBatchKMeans(blobs, { k: 4, seed: 9, batchSize: 64 });
  const b = fitMiniBatchKMeans(blobs, { k: 4, seed: 9, batchSize: 64 });
  assert.deepEqual(Array.from(a.labels), Array.from(b.labels));
  assert.equal(
    fitMiniBatchKMeans({ data: Float64Array.from([1, 2, 3]), n: 3, d: 1 }, { k: 5, seed: 0 }).k,
    3,
  );
  assert.throws(
    () => fitMiniBatchKMeans({ data: Float64Array.from([1, Number.NaN]), n: 1, d: 2 }, { k: 1, seed: 0 }),
    /Row 1, feature 2 is NaN/,
  );
});
