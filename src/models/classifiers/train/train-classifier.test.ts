import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rocAuc } from '../metrics/roc-auc.ts';
import { makeSyntheticTable } from '../synthetic/make-synthetic-table.ts';
import { trainClassifier } from './train-classifier.ts';

test('known logistic signal: CV AUC within 0.02 of the Bayes-optimal AUC, small calibration error, drivers first', () => {
  const { table, y, truth, drivers } = makeSyntheticTable({ n: 4000, d: 6, seed: 1, signal: 'logistic' });
  const bayes = rocAuc(truth, y); // scoring by the true probabilities is the best any model can do
  for (const model of ['logreg', 'gbdt'] as const) {
    const { report } = trainClassifier(table, y, { model, seed: 3 });
    assert.equal(report.auc_folds.length, 5);
    assert.ok(
      Math.abs(report.auc_mean - bayes) < 0.02,
      `${model}: CV AUC ${report.auc_mean} vs Bayes ${bayes}`,
    );
    assert.ok(report.calibration.ece < 0.03, `${model}: ECE ${report.calibration.ece}`);
    const top = report.top_features.slice(0, 2).map((f) => f.feature);
    assert.deepEqual(top, ['x1', 'x2'], `${model}: top features ${top}`);
    const noise = report.top_features.filter((f) => !drivers.includes(f.feature));
    const weakestDriver = Math.min(
      ...report.top_features.filter((f) => drivers.includes(f.feature)).map((f) => f.importance),
    );
    for (const f of noise)
      assert.ok(f.importance < weakestDriver, `${model}: noise ${f.feature} above a driver`);
    assert.equal(report.top_features.find((f) => f.feature === 'x2')!.direction, 'higher lowers');
  }
});

test('an interaction GBDT catches and logistic regression misses; auto picks GBDT and says why', () => {
  const { table, y, truth } = makeSyntheticTable({ n: 3000, d: 4, seed: 2, signal: 'interaction' });
  const bayes = rocAuc(truth, y);
  const { report } = trainClassifier(table, y, { model: 'auto', seed: 1 });
  const [logreg, gbdt] = report.model_choice.candidates;
  assert.ok(logreg!.auc_mean < 0.6, `logreg ${logreg!.auc_mean}`);
  assert.ok(gbdt!.auc_mean > bayes - 0.03, `gbdt ${gbdt!.auc_mean} vs Bayes ${bayes}`);
  assert.equal(report.model, 'gbdt');
  assert.match(report.model_choice.reason, /gbdt had the higher mean cross-validated AUC/);
});

test('calibration repairs class-weighted scores; lift, threshold and PR-AUC are consistent', () => {
  const { table, y } = makeSyntheticTable({ n: 3000, d: 4, seed: 4, signal: 'logistic' });
  const { report } = trainClassifier(table, y, { model: 'logreg', seed: 1, classWeight: 'balanced' });
  // Balanced weights push every score up; the cross-fitted calibrator brings them back.
  assert.ok(report.calibration.ece_uncalibrated > 0.05, `raw ECE ${report.calibration.ece_uncalibrated}`);
  assert.ok(
    report.calibration.ece < Math.min(0.03, report.calibration.ece_uncalibrated / 2),
    `calibrated ECE ${report.calibration.ece}`,
  );
  assert.ok(report.brier < report.brier_uncalibrated);
  assert.equal(report.calibration.method, 'isotonic');
  assert.equal(report.lift.length, 10);
  assert.ok(report.lift[0]!.lift > 2 && report.lift[9]!.lift < 0.5);
  assert.ok(Math.abs(report.lift[9]!.cumulative_gain - 1) < 1e-12);
  assert.ok(report.pr_auc > report.positive_rate);
  assert.ok(report.threshold.precision > 0 && report.threshold.recall > 0);
});

test('per-row explanations: contributions sum to the margin, the top reason is a true driver', () => {
  const { table, y, drivers } = makeSyntheticTable({
    n: 2000,
    d: 6,
    seed: 5,
    signal: 'logistic',
    missingShare: 0.2,
  });
  for (const model of ['logreg', 'gbdt'] as const) {
    const trained = trainClassifier(table, y, { model, seed: 1 });
    const rows = Uint32Array.from({ length: 200 }, (_, i) => i);
    const contributions = trained.classifier.contributions(table, rows);
    const margins = trained.classifier.margin(table, rows);
    for (let r = 0; r < rows.length; r++) {
      let sum = contributions.expected;
      for (let c = 0; c < contributions.columns; c++)
        sum += contributions.values[r * contributions.columns + c]!;
      assert.ok(Math.abs(sum - margins[r]!) < 1e-9, `${model} row ${r}`);
    }
    const explanations = trained.explain(table, rows);
    const driverFirst = explanations.filter((e) => drivers.includes(e.reasons[0]!.feature)).length;
    assert.ok(driverFirst / rows.length > 0.95, `${model}: a driver leads in ${driverFirst} of 200`);
    assert.ok(explanations.every((e) => e.score >= 0 && e.score <= 1 && e.reasons.length <= 3));
  }
});

test('degenerate inputs: one class, constant and all-missing columns, tiny n, same seed same result', () => {
  const { table, y } = makeSyntheticTable({ n: 300, d: 3, seed: 6, signal: 'logistic' });
  assert.throws(() => trainClassifier(table, new Float64Array(300), { model: 'logreg', seed: 1 }), {
    code: 'single_class',
  });
  const odd = {
    n: 300,
    columns: [
      ...table.columns,
      { name: 'constant', kind: 'numeric' as const, values: new Float64Array(300).fill(7) },
      { name: 'empty', kind: 'numeric' as const, values: new Float64Array(300).fill(Number.NaN) },
      { name: 'no_level', kind: 'categorical' as const, values: new Array<string | null>(300).fill(null) },
    ],
  };
  for (const model of ['logreg', 'gbdt'] as const) {
    const a = trainClassifier(odd, y, { model, seed: 9 });
    const b = trainClassifier(odd, y, { model, seed: 9 });
    assert.deepEqual(a.report, b.report);
    assert.ok(Number.isFinite(a.report.auc_mean) && Number.isFinite(a.report.brier));
    for (const name of ['constant', 'empty', 'no_level'])
      assert.equal(a.report.top_features.find((f) => f.feature === name)!.importance, 0, `${model} ${name}`);
  }
  const tiny = {
    n: 12,
    columns: [
      { name: 'x', kind: 'numeric' as const, values: Float64Array.from({ length: 12 }, (_, i) => i) },
    ],
  };
  const tinyY = Float64Array.from({ length: 12 }, (_, i) => (i % 3 === 0 ? 1 : 0));
  const { report } = trainClassifier(tiny, tinyY, { model: 'auto', seed: 1 });
  assert.equal(report.auc_folds.length, 4); // capped by the 4 positives
  assert.ok(JSON.stringify(report).indexOf('NaN') < 0 && Number.isFinite(report.brier));
  assert.throws(() => trainClassifier({ n: 3, columns: [] }, [1, 0, 1], { model: 'logreg', seed: 1 }), {
    code: 'too_few_rows',
  });
});

test('time-aware folds train on the past only', () => {
  const { table, y } = makeSyntheticTable({ n: 1000, d: 3, seed: 8, signal: 'logistic' });
  const times = Float64Array.from({ length: 1000 }, (_, i) => Math.floor(i / 100));
  const { report } = trainClassifier(table, y, { model: 'logreg', seed: 1, folds: 4, times });
  assert.equal(report.fold_kind, 'time');
  assert.equal(report.auc_folds.length, 4);
  assert.equal(report.rows_scored_out_of_fold, 800); // the first block is never tested
});

test('time-aware folds keep each snapshot whole, one block per snapshot when sizes are near equal', async () => {
  const { timeFolds } = await import('../folds/time-folds.ts');
  // Four snapshots of 99, 101, 100 and 100 rows: a row-count cut would merge the first two.
  const times = [...Array(99).fill(1), ...Array(101).fill(2), ...Array(100).fill(3), ...Array(100).fill(4)];
  const folds = timeFolds(times, 3);
  assert.equal(folds.length, 3);
  assert.deepEqual(
    folds.map((f) => [f.train.length, f.test.length]),
    [
      [99, 101],
      [200, 100],
      [300, 100],
    ],
  );
  for (const f of folds)
    assert.ok(
      Math.max(...Array.from(f.train, (i) => times[i]!)) < Math.min(...Array.from(f.test, (i) => times[i]!)),
    );
});
