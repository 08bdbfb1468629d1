import assert from 'node:assert/strict';
import { test } from 'node:test';
import { adjustedRandIndex } from './adjusted-rand-index.ts';
import { calinskiHarabasz } from './calinski-harabasz.ts';
import { daviesBouldin } from './davies-bouldin.ts';

// Reference values printed by ./reference-metrics.py (scikit-learn 1.2.1) on the same fixtures.
const SKLEARN: Record<string, { davies_bouldin: number; calinski_harabasz: number; adjusted_rand: number }> =
  {
    '60x2k3': {
      davies_bouldin: 2.1546733889621357,
      calinski_harabasz: 16.820464503344333,
      adjusted_rand: -0.03723981795920253,
    },
    '200x4k5': {
      davies_bouldin: 2.9306129758822386,
      calinski_harabasz: 86.12100022669654,
      adjusted_rand: -0.007552395185862984,
    },
    '97x3k2': {
      davies_bouldin: 1.7218096933379372,
      calinski_harabasz: 32.02521484132315,
      adjusted_rand: -0.013501682154936025,
    },
  };

function fixture(n: number, d: number, k: number) {
  const data = new Float64Array(n * d);
  for (let i = 0; i < n; i++)
    for (let t = 0; t < d; t++) data[i * d + t] = Math.sin(i * 1.7 + t) * 3 + (i % k) * 2.5 + t;
  const labels = Int32Array.from({ length: n }, (_, i) => (i % 7 ? i % k : (i * 3) % k));
  const other = Int32Array.from({ length: n }, (_, i) => Math.floor(i / 3) % (k + 1));
  return { data, labels, other };
}

for (const [name, reference] of Object.entries(SKLEARN)) {
  test(`Davies–Bouldin, Calinski–Harabasz and ARI match scikit-learn on ${name}`, () => {
    const [n, d, k] = name.split(/x|k/).map(Number) as [number, number, number];
    const { data, labels, other } = fixture(n, d, k);
    const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
    assert.ok(close(daviesBouldin(data, n, d, labels, k), reference.davies_bouldin));
    assert.ok(close(calinskiHarabasz(data, n, d, labels, k), reference.calinski_harabasz));
    assert.ok(close(adjustedRandIndex(labels, other), reference.adjusted_rand));
  });
}

test('ARI by hand: renamed labels score 1; a split no better than chance scores 0', () => {
  assert.equal(adjustedRandIndex(Int32Array.from([0, 0, 1, 1]), Int32Array.from([3, 3, 0, 0])), 1);
  // Contingency [[2, 0], [1, 1]]: index C(2,2) = 1; row pairs 1 + 1 = 2, column pairs C(3,2) = 3;
  // expected 2 · 3 / C(4,2) = 1, so (1 − 1) / (2.5 − 1) = 0 (scikit-learn agrees).
  assert.equal(adjustedRandIndex(Int32Array.from([0, 0, 1, 1]), Int32Array.from([0, 0, 0, 1])), 0);
});

test('one cluster: Davies–Bouldin 0, Calinski–Harabasz 0; zero spread: CH 1', () => {
  const data = Float64Array.from([1, 2, 3, 4]);
  assert.equal(daviesBouldin(data, 4, 1, new Int32Array(4), 1), 0);
  assert.equal(calinskiHarabasz(data, 4, 1, new Int32Array(4), 1), 0);
  assert.equal(calinskiHarabasz(Float64Array.from([1, 1, 5, 5]), 4, 1, Int32Array.from([0, 0, 1, 1]), 2), 1);
});
