import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fitPca } from './fit-pca.ts';

// Printed by ./reference-pca.py (scikit-learn 1.2.1 PCA) on the same fixture.
const SKLEARN = {
  explainedVarianceRatio: [0.5239219132997518, 0.3106895603347343],
  firstAxisAbs: [0.0011578242185121099, 0.004414804892233101, 0.010962158187935184, 0.9999294975290535],
};

test("PCA's explained variance ratios and first axis match scikit-learn", () => {
  const n = 150;
  const d = 4;
  const data = new Float64Array(n * d);
  for (let i = 0; i < n; i++)
    for (let t = 0; t < d; t++)
      data[i * d + t] = Math.sin(i * (t + 1) * 0.7) * (t + 1) + (i % 5) * (t === 2 ? 0.3 : 0);
  const pca = fitPca({ data, n, d }, 2);
  pca.explainedVarianceRatio.forEach((r, c) => {
    assert.ok(Math.abs(r - (SKLEARN.explainedVarianceRatio[c] as number)) < 1e-10);
  });
  for (let t = 0; t < d; t++)
    assert.ok(Math.abs(Math.abs(pca.axes[t] as number) - (SKLEARN.firstAxisAbs[t] as number)) < 1e-8);
});
