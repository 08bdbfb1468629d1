import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SeededRandom } from '../../random/index.ts';
import { fitGbdt } from '../gbdt/fit-gbdt.ts';
import { treeValue } from '../gbdt/tree.ts';
import { bruteForceShapley } from './brute-force-shapley.ts';
import { nodeExpectations, pathAttribution } from './path-attribution.ts';
import { treeExpectedValue, treeShap } from './tree-shap.ts';

/** A small table where x0, x1 interact, x2 repeats on paths and x3 has missing values. */
function smallProblem(n: number) {
  const random = new SeededRandom(5, 1);
  const d = 4;
  const data = new Float64Array(n * d);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const row = [
      random.next(),
      random.next(),
      random.next(),
      random.next() < 0.2 ? Number.NaN : random.next(),
    ];
    data.set(row, i * d);
    const logit =
      3 * (row[0]! > 0.5 ? 1 : -1) * (row[1]! > 0.4 ? 1 : -1) + 2 * row[2]! + (Number.isNaN(row[3]!) ? 1 : 0);
    y[i] = random.next() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
  }
  return { x: { data, n, d, names: ['a', 'b', 'c', 'e'], sources: Int32Array.of(0, 1, 2, 3) }, y };
}

test('TreeSHAP equals brute-force Shapley values on every tree, and sums to output − expected', () => {
  const { x, y } = smallProblem(600);
  const model = fitGbdt(x, y, {
    seed: 1,
    maxRounds: 5,
    maxLeaves: 12,
    maxDepth: 5,
    minSamplesLeaf: 5,
    validationFraction: 0,
  });
  assert.ok(
    model.trees.some((t) => t.maxDepth >= 4),
    'some tree is deep enough to repeat a feature',
  );
  for (const tree of model.trees) {
    const expected = treeExpectedValue(tree);
    for (let i = 0; i < 40; i++) {
      const phi = new Float64Array(x.d);
      treeShap(tree, x.data, i * x.d, phi);
      const brute = bruteForceShapley(tree, x.data.subarray(i * x.d, (i + 1) * x.d), x.d);
      for (let j = 0; j < x.d; j++) assert.ok(Math.abs(phi[j]! - brute[j]!) < 1e-10, `row ${i} feature ${j}`);
      const sum = phi.reduce((a, b) => a + b, 0);
      assert.ok(Math.abs(sum - (treeValue(tree, x.data, i * x.d) - expected)) < 1e-10);
    }
  }
});

test('hand-built stump: the feature split on gets all of the difference', () => {
  const tree = {
    feature: Int32Array.of(0, -1, -1),
    threshold: Float64Array.of(0.5, 0, 0),
    thresholdBin: Int32Array.of(0, -1, -1),
    missingLeft: Uint8Array.of(1, 0, 0),
    left: Int32Array.of(1, -1, -1),
    right: Int32Array.of(2, -1, -1),
    value: Float64Array.of(0, -1, 3),
    cover: Float64Array.of(4, 3, 1),
    maxDepth: 1,
  };
  // Expected value (3·(−1) + 1·3) / 4 = 0; a row going right gets +3, one going left −1.
  assert.equal(treeExpectedValue(tree), 0);
  const phi = new Float64Array(2);
  treeShap(tree, Float64Array.of(0.9, 7), 0, phi);
  assert.deepEqual(Array.from(phi), [3, 0]);
  const missing = new Float64Array(2);
  treeShap(tree, Float64Array.of(Number.NaN, 7), 0, missing);
  assert.deepEqual(Array.from(missing), [-1, 0]);
});

test('path attribution also sums to output − expected, and agrees with TreeSHAP on a stump', () => {
  const { x, y } = smallProblem(400);
  const model = fitGbdt(x, y, {
    seed: 2,
    maxRounds: 3,
    maxLeaves: 8,
    minSamplesLeaf: 5,
    validationFraction: 0,
  });
  for (const tree of model.trees) {
    const means = nodeExpectations(tree);
    assert.ok(Math.abs(means[0]! - treeExpectedValue(tree)) < 1e-12);
    for (let i = 0; i < 30; i++) {
      const phi = new Float64Array(x.d);
      pathAttribution(tree, means, x.data, i * x.d, phi);
      const sum = phi.reduce((a, b) => a + b, 0);
      assert.ok(Math.abs(sum - (treeValue(tree, x.data, i * x.d) - means[0]!)) < 1e-10);
    }
  }
  const stump = fitGbdt(x, y, { seed: 2, maxRounds: 1, maxLeaves: 2, validationFraction: 0 }).trees[0]!;
  const a = new Float64Array(x.d);
  const b = new Float64Array(x.d);
  pathAttribution(stump, nodeExpectations(stump), x.data, 0, a);
  treeShap(stump, x.data, 0, b);
  for (let j = 0; j < x.d; j++) assert.ok(Math.abs(a[j]! - b[j]!) < 1e-12);
});
