// `npm run bench [-- NAME]`: every benchmark (or one), each printed as a table. Ratios are measured within one run.
import { benchApiLatency } from './api-latency.ts';
import { benchBtyd } from './btyd.ts';
import { benchClassifiers } from './classifier-gbdt.ts';
import { benchClusterKMeans } from './cluster-kmeans.ts';
import { bench10mLines } from './import-10m-lines.ts';
import { benchOnlineRetail } from './import-online-retail.ts';
import { printTable } from './print-table.ts';
import { benchSegmentRefresh } from './segments-refresh.ts';

const BENCHES: Record<string, () => Promise<void>> = {
  api: async () =>
    printTable(
      'API: latency of the dashboard endpoints over HTTP (goal p95 < 50 ms)',
      await benchApiLatency(Number(process.env.BENCH_CUSTOMERS ?? 1_000_000)),
    ),
  btyd: async () =>
    printTable(
      'BTYD: CDNOW fits against scipy L-BFGS-B (peer run in this benchmark), and 1M simulated customers',
      await benchBtyd(),
    ),
  kmeans: async () =>
    printTable(
      'k-means on Online Retail log-RFM (4,339 × 3, n_init 10, median of 5 fits in rounds over k) against scikit-learn in this run; mini-batch on 1M × 8',
      await benchClusterKMeans(),
    ),
  classifiers: async () =>
    printTable(
      'Classifiers: GBDT and logistic regression against scikit-learn on the same synthetic table',
      await benchClassifiers(Number(process.env.BENCH_CLASSIFIER_ROWS ?? 200_000), 100),
    ),
  'online-retail': async () =>
    printTable(
      'Import: Online Retail (541,909 lines) against DuckDB bare read_csv_auto',
      await benchOnlineRetail(),
    ),
  'large-import': async () =>
    printTable(
      'Import: generated orders file, separate process',
      await bench10mLines(Number(process.env.BENCH_LINES ?? 10_000_000)),
    ),
  'segments-refresh': async () =>
    printTable(
      'Segments: refresh of 20 saved segments on a demo database',
      await benchSegmentRefresh(Number(process.env.BENCH_CUSTOMERS ?? 1_000_000)),
    ),
};

const only = process.argv[2];
for (const [name, run] of Object.entries(BENCHES)) if (!only || only === name) await run();
