import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { bgnbdModel, fitMaximumLikelihood, preparePurchaseHistories } from '../src/models/btyd/index.ts';
import { sharedData } from './shared-data.ts';

// Published BG/NBD fit on CDNOW (Fader, Hardie & Lee 2005; R package BTYD 2.4.3 walkthrough).
const PUBLISHED = { r: 0.2425982, alpha: 4.4136842, a: 0.7929899, b: 2.4261667 };
const PUBLISHED_LL = -9582.43;

const within = (actual: number, expected: number, relative: number, what: string) =>
  assert.ok(
    Math.abs(actual - expected) <= relative * Math.abs(expected),
    `${what} = ${actual}, expected ${expected} within ${relative * 100} %`,
  );

test('BG/NBD on cdnow_customers_summary.csv reproduces the published fit', () => {
  const rows = readFileSync(sharedData('cdnow', 'cdnow_customers_summary.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',').map(Number));
  const histories = preparePurchaseHistories({
    x: rows.map((r) => r[1] as number),
    tx: rows.map((r) => r[2] as number),
    T: rows.map((r) => r[3] as number),
  });
  assert.equal(histories.n, 2357);
  const fit = fitMaximumLikelihood(bgnbdModel, histories);
  assert.ok(fit.converged, fit.message);
  for (const [name, value] of Object.entries(PUBLISHED))
    within(fit.params[name] as number, value, 0.001, name);
  assert.ok(Math.abs(fit.logLikelihood - PUBLISHED_LL) <= 0.01, `LL ${fit.logLikelihood}`);
  // Standard errors as the lifetimes package reports them for this fit: r 0.012557, α 0.378221, a 0.185719, b 0.705345.
  within(fit.standardErrors.r as number, 0.012557, 0.01, 'se(r)');
  within(fit.standardErrors.alpha as number, 0.378221, 0.01, 'se(alpha)');
  within(fit.standardErrors.a as number, 0.185719, 0.01, 'se(a)');
  within(fit.standardErrors.b as number, 0.705345, 0.01, 'se(b)');
});
