import assert from 'node:assert/strict';
import { test } from 'node:test';
import { averagePrecision } from './average-precision.ts';
import { brierScore } from './brier-score.ts';
import { calibrationTable } from './calibration-table.ts';
import { chooseThreshold } from './choose-threshold.ts';
import { liftTable } from './lift-table.ts';
import { rocAuc } from './roc-auc.ts';

const close = (a: number, b: number, eps = 1e-12) => assert.ok(Math.abs(a - b) < eps, `${a} vs ${b}`);

test('AUC: scikit-learn docs example 0.75; ties count one half; NaN with one class', () => {
  close(rocAuc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]), 0.75);
  close(rocAuc([0.5, 0.5, 0.5, 0.5], [0, 1, 0, 1]), 0.5);
  close(rocAuc([0.2, 0.5, 0.5, 0.9], [0, 0, 1, 1]), 0.875); // one tie between classes
  assert.ok(Number.isNaN(rocAuc([0.1, 0.2], [1, 1])));
});

test('average precision: scikit-learn docs example 0.8333…; perfect ranking gives 1', () => {
  close(averagePrecision([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]), 5 / 6);
  close(averagePrecision([0.9, 0.8, 0.1], [1, 1, 0]), 1);
  // Ties form one threshold: both rows enter together at precision 1/2.
  close(averagePrecision([0.5, 0.5], [1, 0]), 0.5);
});

test('Brier score and calibration error by hand', () => {
  close(brierScore([0.1, 0.9, 0.5], [0, 1, 1]), (0.01 + 0.01 + 0.25) / 3);
  const table = calibrationTable([0.1, 0.12, 0.9, 0.95], [0, 1, 1, 1], 10);
  // Bin [0.1, 0.2): predicted 0.11, observed 0.5; bin [0.9, 1): predicted 0.925, observed 1.
  close(table.ece, 0.5 * 0.39 + 0.5 * 0.075, 1e-12);
  assert.equal(table.bins.length, 2);
});

test('lift by decile: the top tenth holds all positives', () => {
  const scores = Array.from({ length: 100 }, (_, i) => i);
  const labels = scores.map((s) => (s >= 90 ? 1 : 0));
  const lift = liftTable(scores, labels);
  assert.equal(lift.length, 10);
  assert.deepEqual([lift[0]!.positives, lift[0]!.lift, lift[0]!.cumulative_gain], [10, 10, 1]);
  assert.equal(lift[9]!.positives, 0);
  assert.deepEqual(liftTable([0.3, 0.1], [1, 0]).length, 2); // fewer rows than deciles
});

test('threshold: max F1, or the highest one reaching a target recall', () => {
  const scores = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4];
  const labels = [1, 1, 0, 1, 0, 0];
  const f1 = chooseThreshold(scores, labels);
  // Flag the top 4: precision 3/4, recall 1, F1 6/7 (better than top 2: 1, 2/3, 0.8).
  assert.equal(f1.threshold, 0.6);
  close(f1.f1, 6 / 7);
  const recall = chooseThreshold(scores, labels, { targetRecall: 0.6 });
  assert.deepEqual([recall.threshold, recall.precision, recall.recall], [0.8, 1, 2 / 3]);
});
