import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { makeSyntheticTable } from '../../models/classifiers/synthetic/make-synthetic-table.ts';
import { runPatron } from '../testing/run-patron.ts';

const dir = mkdtempSync(join(tmpdir(), 'patron-train-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const patron = (...args: string[]) => runPatron(join(dir, 'unused.duckdb'), args);

const { table, y } = makeSyntheticTable({ n: 500, d: 3, seed: 4, signal: 'logistic' });
const lines = ['id,signup,x1,x2,x3,plan,age_band,churned'];
for (let i = 0; i < table.n; i++) {
  const cells = table.columns.map((c) => {
    const v = c.values[i];
    return typeof v === 'number' ? v.toFixed(4) : (v ?? '');
  });
  const day = new Date(Date.UTC(2024, 0, 1 + Math.floor(i / 5))).toISOString().slice(0, 10);
  lines.push([`u${i}`, day, ...cells, i % 2 ? '25-34' : '35-44', y[i] ? 1 : 0].join(','));
}
const csv = join(dir, 'customers.csv');
writeFileSync(csv, `${lines.join('\n')}\n`);

test('patron train --json: fold AUCs, inputs without the protected column, top features; --out writes reasons', () => {
  const out = join(dir, 'scores.csv');
  const run = patron(
    'train',
    '--table',
    csv,
    '--target',
    'churned',
    '--id',
    'id',
    '--model',
    'logreg',
    '--cv',
    '4',
    '--json',
    '--out',
    out,
  );
  assert.equal(run.code, 0, run.err);
  const report = JSON.parse(run.out);
  assert.equal(report.auc_folds.length, 4);
  assert.ok(report.auc_mean > 0.75 && report.auc_mean < 1);
  // Not the id, the target or the protected age_band; the signup date is a category here.
  assert.deepEqual(report.inputs, ['signup', 'x1', 'x2', 'x3', 'plan']);
  assert.deepEqual(report.protected_excluded, [{ column: 'age_band', attribute: 'age' }]);
  for (const key of ['pr_auc', 'brier', 'calibration', 'lift', 'threshold', 'top_features'])
    assert.ok(key in report, key);
  assert.equal(report.top_features[0].feature, 'x1');
  const scores = readFileSync(out, 'utf8').trim().split('\n');
  assert.equal(scores[0], 'id,score,reason_1,reason_2,reason_3');
  assert.equal(scores.length, 501);
});

test('patron train --time: time-ordered folds; the time column is not an input', () => {
  const run = patron(
    'train',
    '--table',
    csv,
    '--target',
    'churned',
    '--id',
    'id',
    '--time',
    'signup',
    '--cv',
    '3',
    '--json',
  );
  assert.equal(run.code, 0, run.err);
  const report = JSON.parse(run.out);
  assert.equal(report.fold_kind, 'time');
  assert.equal(report.auc_folds.length, 3);
  assert.ok(!report.inputs.includes('signup'));
});

test('patron train: a mistake exits 1 with a coded error naming the column', () => {
  const run = patron('train', '--table', csv, '--target', 'churn', '--id', 'id', '--json');
  assert.equal(run.code, 1);
  const { error } = JSON.parse(run.out);
  assert.equal(error.code, 'unknown_column');
  assert.match(error.message, /Did you mean "churned"\?/);
  const text = patron('train', '--table', csv, '--target', 'plan', '--id', 'id');
  assert.equal(text.code, 1);
  assert.match(text.err, /customers\.csv row 2: plan is "\w+", but the target must be 1\/0 or yes\/no/);
});
