import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hessianFromGradient, invertPositiveDefinite, minimizeLbfgs, type Objective } from './index.ts';

// Rosenbrock's banana: minimum 0 at (1, 1), a classic hard case for line searches.
const rosenbrock: Objective = (x, g) => {
  const a = x[0] as number;
  const b = x[1] as number;
  g[0] = -400 * a * (b - a * a) - 2 * (1 - a);
  g[1] = 200 * (b - a * a);
  return 100 * (b - a * a) ** 2 + (1 - a) ** 2;
};

test('L-BFGS finds the Rosenbrock minimum from (-1.2, 1)', () => {
  const r = minimizeLbfgs(rosenbrock, Float64Array.of(-1.2, 1), { gradientTolerance: 1e-10 });
  assert.ok(r.converged, r.message);
  assert.ok(Math.abs((r.x[0] as number) - 1) < 1e-6);
  assert.ok(Math.abs((r.x[1] as number) - 1) < 1e-6);
  assert.ok(r.value < 1e-12);
});

test('L-BFGS solves a 20-dimensional ill-conditioned quadratic', () => {
  const n = 20;
  const quadratic: Objective = (x, g) => {
    let f = 0;
    for (let i = 0; i < n; i++) {
      const w = 10 ** (i / 5);
      const d = (x[i] as number) - i;
      f += 0.5 * w * d * d;
      g[i] = w * d;
    }
    return f;
  };
  const r = minimizeLbfgs(quadratic, new Float64Array(n), { gradientTolerance: 1e-9 });
  assert.ok(r.converged, r.message);
  for (let i = 0; i < n; i++) assert.ok(Math.abs((r.x[i] as number) - i) < 1e-6);
});

test('L-BFGS steps back from a region where f is not finite', () => {
  // log barrier: defined only for x > 0, minimum at x = 1.
  const barrier: Objective = (x, g) => {
    const v = x[0] as number;
    g[0] = 1 - 1 / v;
    return v > 0 ? v - Math.log(v) : Number.NaN;
  };
  const r = minimizeLbfgs(barrier, Float64Array.of(0.05));
  assert.ok(r.converged, r.message);
  assert.ok(Math.abs((r.x[0] as number) - 1) < 1e-6);
});

test('the Hessian from gradients and its inverse match the exact ones', () => {
  const h = hessianFromGradient(rosenbrock, Float64Array.of(1, 1));
  // Exact Hessian at (1, 1): [[802, -400], [-400, 200]].
  assert.ok(Math.abs((h[0] as number) - 802) < 1e-4);
  assert.ok(Math.abs((h[1] as number) + 400) < 1e-4);
  assert.ok(Math.abs((h[3] as number) - 200) < 1e-4);
  const inv = invertPositiveDefinite(h, 2);
  assert.ok(inv);
  // Inverse of [[802, -400], [-400, 200]] is [[0.5, 1], [1, 2.005]].
  assert.ok(Math.abs((inv[0] as number) - 0.5) < 1e-6);
  assert.ok(Math.abs((inv[1] as number) - 1) < 1e-6);
  assert.ok(Math.abs((inv[3] as number) - 2.005) < 1e-6);
  assert.equal(invertPositiveDefinite(Float64Array.of(1, 2, 2, 1), 2), undefined);
});
