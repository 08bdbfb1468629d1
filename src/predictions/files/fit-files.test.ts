import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { PatronError } from '../../errors/index.ts';
import { simulateBgnbd } from '../../models/btyd/index.ts';
import { fitSpendFile, fitSummaryFile, fitTransactionsFile } from './index.ts';

const dir = mkdtempSync(join(tmpdir(), 'patron-fit-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

test('a summary file fits BG/NBD with standard errors and intervals; auto says why it chose', () => {
  const sim = simulateBgnbd(
    { r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 },
    { n: 1500, seed: 9, minT: 27, maxT: 39 },
  );
  const rows = Array.from(
    sim.x,
    (x, i) => `${i + 1},${x},${(sim.tx[i] as number).toFixed(4)},${(sim.T[i] as number).toFixed(4)}`,
  );
  const path = file('summary.csv', ['id,frequency,recency,T', ...rows, ''].join('\n'));
  const report = fitSummaryFile(path, 'bgnbd');
  assert.equal(report.model, 'bgnbd');
  assert.deepEqual(Object.keys(report.params), ['r', 'alpha', 'a', 'b']);
  assert.ok(report.standard_errors.r && report.intervals.r);
  const auto = fitSummaryFile(path, 'auto');
  assert.equal(auto.comparison?.length, 3);
  assert.match(auto.reason ?? '', /lowest BIC/);
});

test('bad summary input names the file, line and column', () => {
  const path = file('bad.csv', 'id,frequency,recency,T\n1,2,3,5\n2,x,1,4\n');
  assert.throws(
    () => fitSummaryFile(path, 'bgnbd'),
    (e: PatronError) =>
      e.code === 'invalid_number' && e.location?.row === 3 && e.location.column === 'frequency',
  );
  const later = file('later.csv', 'id,frequency,recency,T\n1,2,3,5\n2,1,9,4\n');
  assert.throws(
    () => fitSummaryFile(later, 'bgnbd'),
    (e: PatronError) =>
      e.location?.row === 3 && e.location.column === 'recency' && /later.csv line 3/.test(e.message),
  );
  const missing = file('missing.csv', 'id,freq,recency,T\n1,2,3,5\n');
  assert.throws(
    () => fitSummaryFile(missing, 'bgnbd'),
    (e: PatronError) => e.code === 'unknown_column' && /freq/.test(e.message),
  );
});

test('a transaction file without a header is read by position; a bad date names its line', async () => {
  const bad = file('tx.txt', ' 1 19970101 2 29.33\n 1 1997013X 1 10.00\n');
  await assert.rejects(
    fitTransactionsFile(bad, { customer: '#1', date: '#2', unit: 'week', model: 'bgnbd' }),
    (e: PatronError) => e.code === 'invalid_date' && e.location?.row === 2 && e.location.column === '#2',
  );
  const single = file('one.txt', ' 1 19970101 2 29.33\n 1 19970301 1 10.00\n');
  await assert.rejects(
    fitTransactionsFile(single, { customer: '#1', date: '#2', unit: 'week', model: 'bgnbd' }),
    (e: PatronError) => e.code === 'too_few_customers',
  );
});

test('spend summaries skip non-repeat rows and fit Gamma-Gamma', () => {
  const rows = Array.from(
    { length: 60 },
    (_, i) => `${i},${i % 4},${i % 4 ? (20 + (i % 7) * 3).toFixed(2) : '0'}`,
  );
  const report = fitSpendFile(file('spend.csv', ['id,frequency,monetary_value', ...rows, ''].join('\n')));
  assert.equal(report.model, 'gamma_gamma');
  assert.equal(report.skipped_rows, 15);
  assert.deepEqual(Object.keys(report.params), ['p', 'q', 'v']);
});
