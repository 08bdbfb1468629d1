import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { SeededRandom } from '../../models/random/index.ts';
import { runPatron } from '../testing/run-patron.ts';

const dir = mkdtempSync(join(tmpdir(), 'patron-cluster-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const db = join(dir, 'shop.duckdb');

const patron = (...args: string[]) => runPatron(db, args);

/** Three well-separated blobs of 40 rows each; row ids name the blob they came from. */
function writeBlobs(path: string): void {
  const random = new SeededRandom(11);
  const centres = [
    [0, 0, 0],
    [10, 10, 0],
    [0, 10, 10],
  ];
  const lines = ['respondent,price_sensitivity,visits,loyalty'];
  centres.forEach((centre, blob) => {
    for (let i = 0; i < 40; i++) {
      const cells = centre.map((c) => (c + random.next() - 0.5).toFixed(3));
      lines.push([`b${blob}-${i}`, ...cells].join(','));
    }
  });
  writeFileSync(path, `${lines.join('\n')}\n`);
}

test('patron cluster --input --id --k auto --json --out: per-k table, chosen k with a reason, one output row per input row', () => {
  const csv = join(dir, 'survey.csv');
  const out = join(dir, 'groups.csv');
  writeBlobs(csv);
  const run = patron(
    'cluster',
    '--input',
    csv,
    '--id',
    'respondent',
    '--k',
    '2..6',
    '--seed',
    '3',
    '--json',
    '--out',
    out,
  );
  assert.equal(run.code, 0, run.err);
  const result = JSON.parse(run.out);
  assert.deepEqual(
    result.per_k.map((row: { k: number }) => row.k),
    [2, 3, 4, 5, 6],
  );
  for (const row of result.per_k) assert.ok(Number.isFinite(row.inertia) && Number.isFinite(row.silhouette));
  assert.equal(result.k, 3);
  assert.ok(result.reason.length > 0);
  assert.equal(result.profiles.length, 3);
  const rows = readFileSync(out, 'utf8').trim().split('\n');
  assert.equal(rows.length, 121);
  // Every blob lands in one cluster of its own.
  const clusterOf = new Map<string, Set<string>>();
  for (const line of rows.slice(1)) {
    const [id, cluster] = line.split(',');
    const blob = (id as string).split('-')[0] as string;
    clusterOf.set(blob, (clusterOf.get(blob) ?? new Set()).add(cluster as string));
  }
  assert.deepEqual(
    [...clusterOf.values()].map((s) => s.size),
    [1, 1, 1],
  );
  assert.equal(new Set([...clusterOf.values()].map((s) => [...s][0])).size, 3);
  // The same seed gives the same result.
  const again = patron(
    'cluster',
    '--input',
    csv,
    '--id',
    'respondent',
    '--k',
    '2..6',
    '--seed',
    '3',
    '--json',
  );
  assert.deepEqual(JSON.parse(again.out).per_k, result.per_k);
});

test('patron cluster --input refuses a non-numeric value, naming the row and column', () => {
  const csv = join(dir, 'bad.csv');
  writeFileSync(csv, 'id,a,b\nx1,1,2\nx2,3,oops\nx3,5,6\n');
  const run = patron('cluster', '--input', csv, '--id', 'id', '--k', '2');
  assert.notEqual(run.code, 0);
  assert.match(run.err, /bad\.csv, line 3, column 'b': 'oops' is not a number/);
});

test('patron cluster on the shop: --save creates a clustering listed by clusters list', () => {
  assert.equal(patron('demo', '--customers', '300').code, 0);
  const run = patron('cluster', '--features', 'rfm', '--k', '3', '--seed', '1', '--save', 'groups', '--json');
  assert.equal(run.code, 0, run.err);
  const result = JSON.parse(run.out);
  assert.equal(result.k, 3);
  assert.ok(result.inputs.used.length >= 3, 'the inputs used are listed');
  const list = patron('clusters', 'list', '--json');
  assert.equal(list.code, 0, list.err);
  assert.match(list.out, /groups/);
});
