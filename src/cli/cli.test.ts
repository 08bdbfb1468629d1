import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runPatron } from './testing/run-patron.ts';

const dir = mkdtempSync(join(tmpdir(), 'patron-cli-'));
const db = join(dir, 'cli.duckdb');

const patron = (...args: string[]) => runPatron(db, args);

test('import --json prints one object with the reconciliation; a file that cannot be read exits 1', () => {
  const orders = join(dir, 'orders.csv');
  writeFileSync(
    orders,
    'order_id,order_date,customer_id,line_amount\nA1,2024-01-05,C1,10.00\nA2,2024-02-05,C1,5.50\nA3,2024-03-01,C2,7.25\n,2024-03-02,C3,1\n',
  );
  const run = patron('import', orders, '--json');
  assert.equal(run.code, 0, run.err);
  const r = JSON.parse(run.out);
  for (const key of [
    'rows_read',
    'rows_loaded',
    'rows_quarantined',
    'rows_duplicate',
    'customers',
    'orders',
    'guest_orders',
    'returns',
    'warnings',
  ]) {
    assert.ok(key in r, key);
  }
  assert.deepEqual([r.rows_read, r.rows_loaded, r.rows_quarantined, r.rows_duplicate], [4, 3, 1, 0]);
  const empty = join(dir, 'empty.csv');
  writeFileSync(empty, '');
  const failed = patron('import', empty);
  assert.equal(failed.code, 1);
  assert.match(failed.err, /empty/);
});

test('rfm --json has as_of, customers_scored, groups and score distributions', () => {
  const run = patron('rfm', '--json');
  assert.equal(run.code, 0, run.err);
  const r = JSON.parse(run.out);
  assert.equal(r.as_of, '2024-03-02');
  assert.equal(r.customers_scored, 2);
  assert.equal(
    Object.values(r.groups as Record<string, number>).reduce((a, b) => a + b, 0),
    2,
  );
  for (const dim of ['R', 'F', 'M'])
    assert.equal(
      Object.values(r.scores[dim] as Record<string, number>).reduce((a, b) => a + b, 0),
      2,
    );
});

test('quarantine --format csv lists the rejected row with its reason', () => {
  const run = patron('quarantine', '--format', 'csv');
  assert.equal(run.code, 0, run.err);
  assert.match(
    run.out,
    /^import_id,file,row,column,value,code,reason\n1,orders\.csv,5,order_id,,missing_order_id,/,
  );
});

test('saved segments follow new imports', () => {
  assert.equal(patron('segments', 'create', 'repeat', '--rule', 'number_of_orders >= 2').code, 0);
  const before = patron('segments', 'members', 'repeat').out.trim().split('\n');
  assert.equal(before.length, 2, 'header and C1');
  const more = join(dir, 'more.csv');
  writeFileSync(more, 'order_id,order_date,customer_id,line_amount\nA9,2024-03-05,C2,3.00\n');
  assert.equal(patron('import', more).code, 0);
  const after = patron('segments', 'members', 'repeat').out.trim().split('\n');
  assert.equal(after.length, 3, 'C2 entered after the import');
  const overlap = JSON.parse(patron('segments', 'overlap', '--json').out);
  assert.deepEqual(overlap, { segments: ['repeat'], counts: [[2]] });
  const bad = patron('segments', 'preview', '--rule', 'amount_spent > -30d');
  assert.equal(bad.code, 1);
  assert.match(bad.err, /\^/);
});

test('import says why a tiny shop gets no predictions instead of failing', () => {
  const tinyDb = join(dir, 'tiny.duckdb');
  const orders = join(dir, 'tiny.csv');
  writeFileSync(
    orders,
    'order_id,order_date,customer_id,line_amount\nT1,2024-01-05,C1,10.00\nT2,2024-02-05,C2,5.50\n',
  );
  const run = runPatron(tinyDb, ['import', orders]);
  assert.equal(run.code, 0, run.err);
  assert.match(run.out, /features refreshed as of 2024-02-06 for 2 customers/);
  assert.match(run.out, /no predictions this time: .*customers/);
  assert.match(run.out, /no purchase propensity this time: /);
});
