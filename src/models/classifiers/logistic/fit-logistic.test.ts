import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fitLogistic } from './fit-logistic.ts';
import { logisticMargin } from './logistic-margin.ts';

// The same table as logistic-reference.py (scikit-learn 1.2, C = 1).
const rows = Array.from({ length: 40 }, (_, i) => [Math.sin(i), Math.cos(3 * i), (i % 5) / 4]);
const y = rows.map((r, i) => (Math.sin(7 * i) + r[0]! > 0.3 ? 1 : 0));
const x = {
  data: Float64Array.from(rows.flat()),
  n: 40,
  d: 3,
  names: ['a', 'b', 'c'],
  sources: Int32Array.of(0, 1, 2),
};

test('matches scikit-learn LogisticRegression(C=1) to 1e-6', () => {
  const model = fitLogistic(x, y, { l2: 1 });
  assert.ok(model.converged);
  const expected = [1.7214736259, -0.2419285955, 0.76202411];
  for (const [j, c] of expected.entries())
    assert.ok(Math.abs(model.coefficients[j]! - c) < 1e-6, `coef ${j}`);
  assert.ok(Math.abs(model.intercept - -1.0038599999) < 1e-6);
});

// scikit-learn's L-BFGS stops about 1.5e-6 short here (Newton converges further), hence 5e-6.
test('sample weights match scikit-learn with sample_weight (positives × 2) to 5e-6', () => {
  const weights = Float64Array.from(y, (v) => (v === 1 ? 2 : 1));
  const model = fitLogistic(x, y, { l2: 1, weights });
  const expected = [1.9296464584, -0.2996201474, 0.9787239124];
  for (const [j, c] of expected.entries())
    assert.ok(Math.abs(model.coefficients[j]! - c) < 5e-6, `coef ${j}`);
  assert.ok(Math.abs(model.intercept - -0.5421609631) < 5e-6);
});

test('separable data stays finite under the penalty; margins follow the coefficients', () => {
  const sep = { ...x, data: Float64Array.from(y.flatMap((v) => [v * 2 - 1, 0, 0])) };
  const model = fitLogistic(sep, y, { l2: 0.1 });
  assert.ok(Number.isFinite(model.coefficients[0]!) && model.coefficients[0]! > 1);
  const margins = logisticMargin(model, sep);
  for (let i = 0; i < 40; i++) assert.equal(margins[i]! > 0, y[i] === 1);
});
