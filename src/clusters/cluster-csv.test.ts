import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { adjustedRandIndex } from '../models/metrics/index.ts';
import { gaussianBlobs } from '../models/testing/index.ts';
import { clusterCsv } from './cluster-csv.ts';

const dir = mkdtempSync(join(tmpdir(), 'patron-cluster-csv-'));
let files = 0;

function writeCsv(header: string[], rows: (string | number)[][]): string {
  const path = join(dir, `input${files++}.csv`);
  writeFileSync(path, `${[header.join(','), ...rows.map((r) => r.join(','))].join('\n')}\n`);
  return path;
}

function blobsCsv(centres: number[][], perCluster: number, spread: number, seed: number) {
  const blobs = gaussianBlobs(centres, perCluster, spread, seed);
  const rows = Array.from({ length: blobs.n }, (_, i) => [
    `r${i}`,
    ...Array.from(blobs.data.subarray(i * blobs.d, (i + 1) * blobs.d), (v) => v.toFixed(6)),
  ]);
  return { path: writeCsv(['id', ...centres[0]!.map((_, t) => `x${t}`)], rows), truth: blobs.truth };
}

test('well-separated mixtures are recovered with ARI ≥ 0.95, k chosen automatically and stable', async () => {
  const { path, truth } = blobsCsv(
    [
      [0, 0, 0],
      [7, 0, 0],
      [0, 7, 0],
      [0, 0, 7],
    ],
    150,
    1,
    11,
  );
  const fit = await clusterCsv(path, { idColumn: 'id', stabilityResamples: 8, nInit: 4 });
  assert.equal(fit.result.k, 4, fit.result.reason);
  assert.ok(adjustedRandIndex(truth, fit.labels) >= 0.95);
  assert.ok((fit.result.stability?.overall ?? 0) >= 0.95);
  assert.deepEqual(
    fit.result.inputs.used.map((u) => u.name),
    ['x0', 'x1', 'x2'],
  );
  assert.equal(fit.result.per_k.length, 7);
  assert.equal(fit.result.map.points.length, 600);
  assert.equal(fit.ids[0], 'r0');
  const mini = await clusterCsv(path, { idColumn: 'id', method: 'minibatch', stabilityResamples: 0 });
  assert.equal(mini.result.method, 'minibatch');
  assert.equal(mini.result.k, 4);
  assert.ok(adjustedRandIndex(truth, mini.labels) >= 0.95);
  // The Gaussian mixture recovers them too, with memberships near 1.
  const gmm = await clusterCsv(path, {
    idColumn: 'id',
    method: 'gmm',
    k: { mode: 'fixed', k: 4 },
    stabilityResamples: 0,
  });
  assert.ok(adjustedRandIndex(truth, gmm.labels) >= 0.95);
  for (const p of gmm.result.profiles) assert.ok((p.mean_membership ?? 0) > 0.9);
});

test('overlapping mixtures report low stability honestly', async () => {
  const { path } = blobsCsv(
    [
      [0, 0, 0, 0],
      [0.5, 0, 0, 0],
      [0, 0.5, 0, 0],
    ],
    200,
    1,
    12,
  );
  const fit = await clusterCsv(path, {
    idColumn: 'id',
    k: { mode: 'fixed', k: 4 },
    stabilityResamples: 10,
    nInit: 3,
  });
  assert.ok((fit.result.stability?.overall ?? 1) < 0.75, `overall ${fit.result.stability?.overall}`);
  assert.ok(fit.result.quality.silhouette < 0.3);
});

test('degenerate inputs: k > n, identical points, a single row', async () => {
  const few = await clusterCsv(
    writeCsv(
      ['id', 'a'],
      [
        [1, 1],
        [2, 5],
      ],
    ),
    { idColumn: 'id', k: { mode: 'fixed', k: 5 } },
  );
  assert.equal(few.result.k, 2);
  assert.match(few.result.reason, /you asked for 5 but there are only 2 rows/);
  const same = await clusterCsv(
    writeCsv(
      ['a', 'b'],
      [
        [3, 3],
        [3, 3],
        [3, 3],
        [3, 3],
      ],
    ),
    {},
  );
  assert.equal(same.result.quality.inertia, 0);
  assert.ok(same.result.profiles.every((p) => Number.isFinite(p.size)));
  const one = await clusterCsv(writeCsv(['id', 'a', 'b'], [['only', 4, 2]]), { idColumn: 'id' });
  assert.equal(one.result.k, 1);
  assert.equal(one.result.profiles[0]?.size, 1);
  assert.equal(one.result.profiles[0]?.medoid.id, 'only');
  assert.equal(one.result.stability, null);
  assert.match(one.result.reason, /with 1 row no other k in 2\.\.8 is possible/);
});

test('NaN, empty and infinite cells are refused naming the row and the column', async () => {
  await assert.rejects(
    clusterCsv(
      writeCsv(
        ['id', 'spend', 'visits'],
        [
          ['a', 1, 2],
          ['b', 'NaN', 3],
        ],
      ),
      { idColumn: 'id' },
    ),
    (error: Error & { code?: string }) =>
      error.code === 'invalid_value' &&
      /Row 2 \(id b\), feature 'spend' is missing or not a number/.test(error.message),
  );
  await assert.rejects(
    clusterCsv(
      writeCsv(
        ['id', 'spend', 'visits'],
        [
          ['a', 1, 2],
          ['b', 4, ''],
          ['c', 1, 1],
        ],
      ),
      { idColumn: 'id' },
    ),
    /Row 2 \(id b\), feature 'visits'/,
  );
  await assert.rejects(
    clusterCsv(
      writeCsv(
        ['id', 'spend'],
        [
          ['a', 1],
          ['b', 'inf'],
        ],
      ),
      { idColumn: 'id' },
    ),
    /feature 'spend' is Infinity/,
  );
});

test('without --id, a column named like an id names the rows and is not clustered', async () => {
  const fit = await clusterCsv(
    writeCsv(
      ['CustomerID', 'spend'],
      [
        [101, 1],
        [102, 2],
        [103, 40],
      ],
    ),
    {
      k: { mode: 'fixed', k: 2 },
      stabilityResamples: 0,
    },
  );
  assert.deepEqual(fit.ids, ['101', '102', '103']);
  assert.deepEqual(
    fit.result.inputs.used.map((u) => u.name),
    ['spend'],
  );
  assert.match(fit.result.inputs.ignored[0]?.reason ?? '', /row id/);
});

test('the same seed gives the same result; --no-scale keeps the columns as given', async () => {
  const { path } = blobsCsv(
    [
      [0, 0],
      [5, 5],
      [0, 9],
    ],
    60,
    1.5,
    13,
  );
  const a = await clusterCsv(path, { idColumn: 'id', seed: 5, stabilityResamples: 3 });
  const b = await clusterCsv(path, { idColumn: 'id', seed: 5, stabilityResamples: 3 });
  assert.deepEqual(a.result, b.result);
  assert.deepEqual(Array.from(a.labels), Array.from(b.labels));
  const raw = await clusterCsv(path, {
    idColumn: 'id',
    scale: false,
    k: { mode: 'fixed', k: 3 },
    stabilityResamples: 0,
  });
  const column = raw.result.model.transform.columns[0];
  assert.ok(column?.kind === 'numeric' && column.mean === 0 && column.sd === 1);
});
