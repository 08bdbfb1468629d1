import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { simulateBgnbd } from '../../models/btyd/index.ts';
import { simulateOrders } from '../../predictions/testing/store-with-buyers.ts';
import { runPatron } from '../testing/run-patron.ts';

const dir = mkdtempSync(join(tmpdir(), 'patron-predict-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const db = join(dir, 'p.duckdb');

const patron = (...args: string[]) => runPatron(db, args);

test('fit btyd --summary --json has model, params, log_likelihood, standard_errors and intervals', () => {
  const sim = simulateBgnbd(
    { r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 },
    { n: 800, seed: 2, minT: 27, maxT: 39 },
  );
  const rows = Array.from(
    sim.x,
    (x, i) => `${x},${(sim.tx[i] as number).toFixed(3)},${(sim.T[i] as number).toFixed(3)}`,
  );
  const path = join(dir, 'summary.csv');
  writeFileSync(path, ['frequency,recency,T', ...rows, ''].join('\n'));
  const run = patron('fit', 'btyd', '--summary', path, '--model', 'pnbd', '--json');
  assert.equal(run.code, 0, run.err);
  const r = JSON.parse(run.out);
  assert.equal(r.model, 'pnbd');
  assert.deepEqual(Object.keys(r.params), ['r', 'alpha', 's', 'beta']);
  for (const key of ['log_likelihood', 'standard_errors', 'intervals']) assert.ok(key in r, key);
  assert.equal(r.intervals.r.length, 2);
  const bad = patron('fit', 'btyd', '--summary', path, '--model', 'weibull', '--json');
  assert.equal(bad.code, 1);
  assert.equal(JSON.parse(bad.out).error.code, 'invalid_flag');
});

test('import → predict → validate, and predict refuses a store that cannot support a model', () => {
  const orders = simulateOrders(
    { r: 0.5, alpha: 20, a: 0.8, b: 4 },
    { customers: 200, days: 365, firstDays: 120, seed: 3 },
  );
  const lines = orders.map((o, i) => {
    const date = new Date(Date.UTC(2024, 0, 1) + o.day * 86_400_000).toISOString().slice(0, 10);
    return `O${i},${date},C${o.customer},${o.amount.toFixed(2)}`;
  });
  const path = join(dir, 'orders.csv');
  writeFileSync(path, ['order_id,order_date,customer_id,line_amount', ...lines, ''].join('\n'));
  assert.equal(patron('import', path, '--json').code, 0);
  const predict = patron('predict', '--horizon', '90d', '--json');
  assert.equal(predict.code, 0, predict.err);
  const run = JSON.parse(predict.out);
  assert.equal(run.status, 'ok');
  assert.equal(run.report.horizon_days, 90);
  const text = patron('validate');
  assert.equal(text.code, 0, text.err);
  assert.match(text.out, /Trust grade [ABCD]/);
  assert.match(text.out, /7\+/);

  const lonely = join(dir, 'lonely.duckdb');
  const one = join(dir, 'one.csv');
  writeFileSync(one, 'order_id,order_date,customer_id,line_amount\nA,2024-01-01,C1,5\nB,2024-02-01,C1,6\n');
  assert.equal(runPatron(lonely, ['import', one]).code, 0);
  const refused = runPatron(lonely, ['predict']);
  assert.equal(refused.code, 1);
  assert.match(refused.out, /No predictions \[too_few_customers\]: Only 1 customer/);
});
