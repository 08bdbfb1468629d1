import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fitKMeans } from '../kmeans/index.ts';
import { gaussianBlobs } from '../testing/index.ts';
import { bootstrapStability } from './bootstrap-stability.ts';

test('separated groups are stable; one overlapping cloud cut in four is not', () => {
  const separated = gaussianBlobs(
    [
      [0, 0],
      [9, 0],
      [0, 9],
    ],
    150,
    1,
    6,
  );
  const fit = fitKMeans(separated, { k: 3, seed: 0 });
  const stable = bootstrapStability(separated, fit.labels, { k: 3, seed: 0, resamples: 10 });
  assert.ok(stable.overall >= 0.95, `overall ${stable.overall}`);
  for (const c of stable.perCluster) assert.ok(c >= 0.9);

  const cloud = gaussianBlobs(
    [
      [0, 0, 0, 0, 0],
      [0.3, 0, 0, 0, 0],
    ],
    200,
    1,
    7,
  );
  const cut = fitKMeans(cloud, { k: 4, seed: 0 });
  const shaky = bootstrapStability(cloud, cut.labels, { k: 4, seed: 0, resamples: 10 });
  assert.ok(shaky.overall < 0.75, `overall ${shaky.overall}`);
  assert.ok(shaky.overall < stable.overall);
});
