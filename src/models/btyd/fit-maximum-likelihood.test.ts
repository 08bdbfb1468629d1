import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  bgnbdModel,
  fitMaximumLikelihood,
  pnbdModel,
  preparePurchaseHistories,
  simulateBgnbd,
} from './index.ts';

test('parameters the data cannot pin down are reported as such, never as NaN or infinity', () => {
  // 20 simulated customers: Pareto/NBD's β runs off towards infinity (lifetimes look exponential).
  const sim = simulateBgnbd({ r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 }, { n: 20, seed: 1, minT: 5, maxT: 52 });
  const fit = fitMaximumLikelihood(pnbdModel, preparePurchaseHistories(sim));
  assert.equal(fit.converged, false);
  assert.match(fit.message, /cannot pin/);
  assert.ok(Object.values(fit.intervals).some((i) => i === null));
  for (const v of Object.values(fit.params)) assert.ok(Number.isFinite(v) && v > 0);
  assert.ok(Number.isFinite(fit.logLikelihood));
});

test('a well-determined fit reports every standard error and a converged run', () => {
  const sim = simulateBgnbd(
    { r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 },
    { n: 3000, seed: 4, minT: 27, maxT: 39 },
  );
  const fit = fitMaximumLikelihood(bgnbdModel, preparePurchaseHistories(sim));
  assert.ok(fit.converged, fit.message);
  for (const v of Object.values(fit.standardErrors)) assert.ok(v !== null && v > 0);
  assert.ok(fit.bic > -2 * fit.logLikelihood);
});
