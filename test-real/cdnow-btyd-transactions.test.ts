import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fitTransactionsFile } from '../src/predictions/index.ts';
import { sharedData } from './shared-data.ts';

// Published BG/NBD fit on CDNOW (Fader, Hardie & Lee 2005; R package BTYD 2.4.3 walkthrough).
const PUBLISHED = { r: 0.2425982, alpha: 4.4136842, a: 0.7929899, b: 2.4261667 };

test('BG/NBD from the raw CDNOW_sample.txt, calibration to 1997-09-30 in weeks, reproduces the published fit', async () => {
  const report = await fitTransactionsFile(sharedData('cdnow', 'CDNOW_sample.txt'), {
    customer: '#2',
    date: '#3',
    calibrationEnd: '1997-09-30',
    unit: 'week',
    model: 'bgnbd',
  });
  assert.equal(report.customers, 2357);
  for (const [name, value] of Object.entries(PUBLISHED)) {
    const got = report.params[name] as number;
    assert.ok(Math.abs(got - value) <= 0.001 * value, `${name} = ${got}, published ${value}`);
  }
  assert.ok(Math.abs(report.log_likelihood - -9582.43) <= 0.01, `LL ${report.log_likelihood}`);
  // The holdout as SOURCES.md describes it: 39 weeks, 1,882 repeat purchases.
  const h = report.holdout;
  assert.ok(h);
  assert.equal(h.length, 39);
  assert.equal(h.actual_total, 1882);
  assert.ok((h.correlation as number) >= 0.62, `holdout correlation ${h.correlation}`);
  // The zero class: 1,411 customers without a repeat purchase made 334 purchases in the holdout.
  const zero = h.calibration_table[0];
  assert.equal(zero?.customers, 1411);
  assert.ok(Math.abs((zero?.mean_actual as number) * 1411 - 334) < 1e-9);
});
