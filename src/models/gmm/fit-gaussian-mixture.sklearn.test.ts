import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fitGaussianMixture } from './fit-gaussian-mixture.ts';

// Printed by ./reference-gmm.py (scikit-learn 1.2.1 GaussianMixture, covariance_type='diag').
const SKLEARN = {
  meanLogLikelihood: -3.8029052794589355,
  weights: [0.3333272951459587, 0.3333333333333927, 0.3333393715206487],
};

test("the diagonal Gaussian mixture reaches scikit-learn's likelihood and weights on the same data", () => {
  const n = 600;
  const k = 3;
  const centres = [
    [0, 0],
    [6, 1],
    [2, 7],
  ] as const;
  const data = new Float64Array(n * 2);
  for (let i = 0; i < n; i++) {
    const c = centres[i % k] as readonly [number, number];
    data[i * 2] = c[0] + 1.5 * Math.sin(i * 1.3) + 0.5 * Math.cos(i * 0.37);
    data[i * 2 + 1] = c[1] + (1 + (i % k) * 0.5) * Math.cos(i * 2.1);
  }
  const fit = fitGaussianMixture({ data, n, d: 2 }, { k, seed: 0, tolerance: 1e-8, maxIterations: 1000 });
  assert.ok(
    Math.abs(fit.logLikelihood / n - SKLEARN.meanLogLikelihood) < 1e-4,
    `mean log-likelihood ${fit.logLikelihood / n} vs ${SKLEARN.meanLogLikelihood}`,
  );
  const weights = Array.from(fit.weights).sort((a, b) => a - b);
  weights.forEach((w, c) => {
    assert.ok(Math.abs(w - (SKLEARN.weights[c] as number)) < 1e-4);
  });
});
