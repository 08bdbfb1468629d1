import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fitPca } from './fit-pca.ts';

test('PCA by hand: points on the line y = x have one component along (1, 1)/√2', () => {
  const data = Float64Array.from([0, 0, 1, 1, 2, 2, 3, 3]);
  const { axes, explainedVarianceRatio, projection } = fitPca({ data, n: 4, d: 2 }, 2);
  assert.ok(Math.abs((axes[0] as number) - Math.SQRT1_2) < 1e-12);
  assert.ok(Math.abs((axes[1] as number) - Math.SQRT1_2) < 1e-12);
  assert.ok(Math.abs((explainedVarianceRatio[0] as number) - 1) < 1e-12);
  // Centred at (1.5, 1.5): the first point projects to −1.5·√2.
  assert.ok(Math.abs((projection[0] as number) + 1.5 * Math.SQRT2) < 1e-12);
});

test('PCA orders components by variance and keeps axes orthonormal', () => {
  const n = 200;
  const data = new Float64Array(n * 3);
  for (let i = 0; i < n; i++) data.set([Math.sin(i) * 10, Math.cos(i * 1.3) * 3, ((i % 7) - 3) * 0.1], i * 3);
  const { axes, explainedVarianceRatio } = fitPca({ data, n, d: 3 }, 2);
  assert.ok((explainedVarianceRatio[0] as number) > (explainedVarianceRatio[1] as number));
  const dot = (a: number, b: number) =>
    [0, 1, 2].reduce((s, t) => s + (axes[a * 3 + t] as number) * (axes[b * 3 + t] as number), 0);
  assert.ok(Math.abs(dot(0, 0) - 1) < 1e-9 && Math.abs(dot(1, 1) - 1) < 1e-9 && Math.abs(dot(0, 1)) < 1e-9);
});
