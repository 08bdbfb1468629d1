import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bgnbdModel, fitMaximumLikelihood, preparePurchaseHistories, simulateBgnbd } from './index.ts';

const TRUE = { r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 };

test('the simulator is deterministic per seed and respects the model', () => {
  const a = simulateBgnbd(TRUE, { n: 500, seed: 3, minT: 27, maxT: 39 });
  const b = simulateBgnbd(TRUE, { n: 500, seed: 3, minT: 27, maxT: 39 });
  assert.deepEqual(a.x, b.x);
  for (let i = 0; i < 500; i++) {
    assert.ok((a.tx[i] as number) <= (a.T[i] as number));
    if (a.x[i] === 0) assert.equal(a.tx[i], 0);
  }
});

test('BG/NBD recovers simulated parameters on 20,000 customers', () => {
  const sim = simulateBgnbd(TRUE, { n: 20_000, seed: 11, minT: 27, maxT: 39 });
  const fit = fitMaximumLikelihood(bgnbdModel, preparePurchaseHistories(sim));
  assert.ok(fit.converged, fit.message);
  for (const [name, value] of Object.entries(TRUE)) {
    const [lo, hi] = fit.intervals[name] as [number, number];
    assert.ok(lo < value && value < hi, `${name}: ${value} outside [${lo}, ${hi}]`);
    assert.ok(Math.abs((fit.params[name] as number) - value) < 0.2 * value, `${name} = ${fit.params[name]}`);
  }
});

test('95 % intervals cover the true values in about 95 % of 100 seeded runs', () => {
  const runs = 100;
  const covered: Record<string, number> = { r: 0, alpha: 0, a: 0, b: 0 };
  for (let seed = 1; seed <= runs; seed++) {
    const sim = simulateBgnbd(TRUE, { n: 2000, seed: 1000 + seed, minT: 27, maxT: 39 });
    const fit = fitMaximumLikelihood(bgnbdModel, preparePurchaseHistories(sim));
    for (const [name, value] of Object.entries(TRUE)) {
      const interval = fit.intervals[name];
      if (interval && interval[0] <= value && value <= interval[1])
        covered[name] = (covered[name] as number) + 1;
    }
  }
  for (const [name, count] of Object.entries(covered)) {
    const coverage = count / runs;
    assert.ok(coverage >= 0.88 && coverage <= 0.99, `${name}: coverage ${coverage}`);
  }
});
