import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SeededRandom } from '../../random/index.ts';
import { rocAuc } from '../metrics/roc-auc.ts';
import { applyBins, fitBinEdges, MISSING_BIN } from './bin-features.ts';
import { fitGbdt } from './fit-gbdt.ts';
import { gbdtMargin } from './gbdt-margin.ts';

const matrix = (rows: number[][]) => ({
  data: Float64Array.from(rows.flat()),
  n: rows.length,
  d: rows[0]!.length,
  names: rows[0]!.map((_, j) => `f${j}`),
  sources: Int32Array.from(rows[0]!, (_, j) => j),
});

test('binning: one bin per distinct value cut at midpoints; quantile bins above 255 values; NaN is its own code', () => {
  const x = matrix([[1], [2], [2], [4], [Number.NaN]]);
  const edges = fitBinEdges(x);
  assert.deepEqual(Array.from(edges[0]!), [1.5, 3, Number.POSITIVE_INFINITY]);
  assert.deepEqual(Array.from(applyBins(x, edges).codes), [0, 1, 1, 2, MISSING_BIN]);
  const many = matrix(Array.from({ length: 10000 }, (_, i) => [i]));
  const manyEdges = fitBinEdges(many, 64);
  assert.equal(manyEdges[0]!.length, 64);
  const counts = new Map<number, number>();
  for (const c of applyBins(many, manyEdges).codes) counts.set(c, (counts.get(c) ?? 0) + 1);
  for (const c of counts.values()) assert.ok(Math.abs(c - 10000 / 64) <= 2, 'equal-frequency bins');
});

test('learns an XOR that no single split shows; held-out AUC high; same seed gives the same model', () => {
  const random = new SeededRandom(3);
  const make = (n: number) => {
    const rows: number[][] = [];
    const y: number[] = [];
    for (let i = 0; i < n; i++) {
      const a = random.next() - 0.5;
      const b = random.next() - 0.5;
      rows.push([a, b, random.next()]);
      y.push(random.next() < (a * b > 0 ? 0.9 : 0.1) ? 1 : 0);
    }
    return { x: matrix(rows), y };
  };
  const train = make(3000);
  const test = make(2000);
  const model = fitGbdt(train.x, train.y, { seed: 7, maxRounds: 150 });
  const auc = rocAuc(gbdtMargin(model, test.x), test.y);
  // Bayes AUC here is 0.9 (scores take two values: 0.9·0.9 + 0.5·(0.9·0.1 + 0.1·0.9)… ≈ 0.9).
  assert.ok(auc > 0.87, `AUC ${auc}`);
  const again = fitGbdt(train.x, train.y, { seed: 7, maxRounds: 150 });
  assert.deepEqual(Array.from(gbdtMargin(again, test.x)), Array.from(gbdtMargin(model, test.x)));
  assert.ok(model.stoppedEarly, 'early stopping ends before 150 rounds on this easy signal');
  assert.equal(model.trees.length, model.rounds);
});

test('missing values go the way the training data says', () => {
  // Missing x means positive; observed x carries no signal.
  const random = new SeededRandom(11);
  const rows: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const missing = random.next() < 0.3;
    rows.push([missing ? Number.NaN : random.next()]);
    y.push(random.next() < (missing ? 0.8 : 0.2) ? 1 : 0);
  }
  // Stumps: deeper trees would also fit the noise among observed values, which is not what is tested here.
  const model = fitGbdt(matrix(rows), y, { seed: 1, maxRounds: 30, validationFraction: 0, maxLeaves: 2 });
  const margins = gbdtMargin(model, matrix([[Number.NaN], [0.1], [0.5], [0.9]]));
  assert.ok(margins[0]! > 1, `missing margin ${margins[0]}`);
  for (const m of margins.subarray(1)) assert.ok(m < -0.8, `observed margin ${m}`);
});

test('degenerate: constant feature and one class make a stump at the prior, never NaN', () => {
  const constant = fitGbdt(matrix([[1], [1], [1], [1]]), [0, 1, 0, 1], { seed: 1, validationFraction: 0 });
  assert.ok(constant.trees.every((t) => t.feature[0] === -1));
  assert.ok(Math.abs(gbdtMargin(constant, matrix([[1]]))[0]!) < 1e-9);
  const oneClass = fitGbdt(matrix([[1], [2], [3]]), [1, 1, 1], {
    seed: 1,
    validationFraction: 0,
    maxRounds: 5,
  });
  assert.ok(Number.isFinite(gbdtMargin(oneClass, matrix([[2]]))[0]!));
});

test('class weights: balanced weights lift scores of a rare class without changing the ranking much', () => {
  const random = new SeededRandom(21);
  const rows: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < 3000; i++) {
    const a = random.next();
    rows.push([a, random.next()]);
    y.push(random.next() < 0.02 + 0.2 * a * a ? 1 : 0); // about 9 % positives
  }
  const x = matrix(rows);
  const positives = y.reduce((s, v) => s + v, 0);
  const weights = Float64Array.from(y, (v) =>
    v === 1 ? 3000 / (2 * positives) : 3000 / (2 * (3000 - positives)),
  );
  const plain = fitGbdt(x, y, { seed: 1, maxRounds: 40, maxLeaves: 4, validationFraction: 0 });
  const weighted = fitGbdt(x, y, { seed: 1, maxRounds: 40, maxLeaves: 4, validationFraction: 0, weights });
  const mean = (m: Float64Array) => m.reduce((s, v) => s + 1 / (1 + Math.exp(-v)), 0) / m.length;
  const plainMargins = gbdtMargin(plain, x);
  const weightedMargins = gbdtMargin(weighted, x);
  assert.ok(Math.abs(mean(plainMargins) - positives / 3000) < 0.01, 'unweighted scores match the base rate');
  assert.ok(mean(weightedMargins) > 0.4, `balanced scores centre near one half: ${mean(weightedMargins)}`);
  assert.ok(Math.abs(rocAuc(plainMargins, y) - rocAuc(weightedMargins, y)) < 0.05);
});
