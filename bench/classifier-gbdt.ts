import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  fitEncoder,
  fitGbdt,
  fitLogistic,
  gbdtMargin,
  logisticMargin,
  rocAuc,
} from '../src/models/classifiers/index.ts';
import { makeSyntheticTable } from '../src/models/classifiers/synthetic/make-synthetic-table.ts';

/**
 * GBDT and logistic regression on a synthetic table of `rows` training rows × 10 numeric columns
 * (+ one categorical) with a known logistic signal, against scikit-learn on the same matrices in the
 * same run. Fixed rounds, no early stopping, the same tree limits on both sides. CPU seconds are
 * shown beside wall-clock ones because the machine is shared: they are what the ratio should be read by.
 */
export async function benchClassifiers(
  rows: number,
  rounds: number,
): Promise<Record<string, string | number>[]> {
  const testRows = Math.round(rows / 4);
  const all = makeSyntheticTable({
    n: rows + testRows,
    d: 10,
    seed: 11,
    signal: 'logistic',
    missingShare: 0.05,
  });
  const train = Uint32Array.from({ length: rows }, (_, i) => i);
  const test = Uint32Array.from({ length: testRows }, (_, i) => rows + i);
  // One ordinal encoding for both libraries, so both see the same matrix.
  const encoder = fitEncoder(all.table, train, all.y, { kind: 'tree' });
  const xTrain = encoder.transform(all.table, train);
  const xTest = encoder.transform(all.table, test);
  const yTrain = all.y.subarray(0, rows);
  const yTest = all.y.subarray(rows);
  const rssBefore = process.resourceUsage().maxRSS / 1024;

  let started = performance.now();
  let cpu = process.cpuUsage();
  const gbdt = fitGbdt(xTrain, yTrain, {
    seed: 1,
    maxRounds: rounds,
    validationFraction: 0,
    maxLeaves: 31,
    maxDepth: 8,
  });
  const gbdtSeconds = (performance.now() - started) / 1000;
  const gbdtCpu = process.cpuUsage(cpu).user / 1e6;
  const gbdtAuc = rocAuc(gbdtMargin(gbdt, xTest), yTest);
  const rssAfter = process.resourceUsage().maxRSS / 1024;

  const linear = fitEncoder(all.table, train, all.y, { kind: 'linear' });
  const lTrain = linear.transform(all.table, train);
  started = performance.now();
  cpu = process.cpuUsage();
  const logistic = fitLogistic(lTrain, yTrain, { l2: 1 });
  const logregSeconds = (performance.now() - started) / 1000;
  const logregCpu = process.cpuUsage(cpu).user / 1e6;
  const logregAuc = rocAuc(logisticMargin(logistic, linear.transform(all.table, test)), yTest);
  const bayes = rocAuc(all.truth.subarray(rows), yTest);

  const dir = mkdtempSync(join(tmpdir(), 'patron-bench-classifiers-'));
  let peer: Record<string, number> | undefined;
  let peerError = '';
  try {
    writeFileSync(join(dir, 'x_train.f64'), xTrain.data);
    writeFileSync(join(dir, 'y_train.f64'), Float64Array.from(yTrain));
    writeFileSync(join(dir, 'x_test.f64'), xTest.data);
    writeFileSync(join(dir, 'y_test.f64'), Float64Array.from(yTest));
    const run = spawnSync(
      '/usr/bin/python3',
      ['bench/classifier_sklearn.py', dir, String(rows), String(testRows), String(xTrain.d), String(rounds)],
      { encoding: 'utf8', env: { ...process.env, OMP_NUM_THREADS: '1' } },
    );
    if (run.status === 0) peer = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}');
    else peerError = (run.stderr || run.error?.message || 'failed').split('\n').filter(Boolean).pop() ?? '';
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const size = `${rows.toLocaleString('en-GB')}×${xTrain.d}`;
  const result: Record<string, string | number>[] = [
    {
      model: `Patron GBDT (${size}, ${gbdt.rounds} rounds)`,
      seconds: gbdtSeconds.toFixed(2),
      'CPU s': gbdtCpu.toFixed(2),
      'rounds/s': (gbdt.rounds / gbdtSeconds).toFixed(1),
      'test AUC': gbdtAuc.toFixed(4),
      'peak RSS MB': `${rssAfter.toFixed(0)} (${(rssAfter - rssBefore).toFixed(0)} added by the fit)`,
    },
    {
      model: `Patron logistic regression (${size} one-hot + indicators)`,
      seconds: logregSeconds.toFixed(2),
      'CPU s': logregCpu.toFixed(2),
      'rounds/s': `${logistic.iterations} Newton steps`,
      'test AUC': logregAuc.toFixed(4),
      'peak RSS MB': '',
    },
  ];
  if (peer) {
    result.push(
      {
        model: `scikit-learn HistGradientBoosting (${peer.gbdt_rounds} rounds, 1 thread)`,
        seconds: peer.gbdt_seconds!.toFixed(2),
        'CPU s': peer.gbdt_cpu!.toFixed(2),
        'rounds/s': (peer.gbdt_rounds! / peer.gbdt_seconds!).toFixed(1),
        'test AUC': peer.gbdt_auc!.toFixed(4),
        'peak RSS MB': peer.peak_rss_mb!.toFixed(0),
      },
      {
        model: 'scikit-learn LogisticRegression (lbfgs)',
        seconds: peer.logreg_seconds!.toFixed(2),
        'CPU s': peer.logreg_cpu!.toFixed(2),
        'rounds/s': '',
        'test AUC': peer.logreg_auc!.toFixed(4),
        'peak RSS MB': '',
      },
      {
        model: 'ratio Patron GBDT time ÷ scikit-learn',
        seconds: (gbdtSeconds / peer.gbdt_seconds!).toFixed(2),
        'CPU s': (gbdtCpu / peer.gbdt_cpu!).toFixed(2),
        'rounds/s': '',
        'test AUC': `Bayes-optimal ${bayes.toFixed(4)}`,
        'peak RSS MB': '',
      },
    );
  } else
    result.push({
      model: `scikit-learn peer failed: ${peerError}`,
      seconds: '',
      'CPU s': '',
      'rounds/s': '',
      'test AUC': '',
      'peak RSS MB': '',
    });
  return result;
}
