import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { loadDemo } from '../../demo/index.ts';
import { PatronError } from '../../errors/index.ts';
import { openStore, type Store } from '../../store/index.ts';
import { ClusteringOptions } from '../clustering-options.ts';
import type { FeatureTable } from '../feature-table.ts';
import { fitClustering } from '../fit-clustering.ts';
import { type ClusterFitter, fitStoreClustering } from '../run-clustering.ts';
import { CLUSTERING_THREADS, clusteringThreadsRunning, fitClusteringInWorker } from './fit-in-worker.ts';

let store: Store;
before(async () => {
  store = await openStore(':memory:');
  await loadDemo(store, 400, 5);
});
after(() => store.close());

const request = { features: 'behaviour', k: { mode: 'range' as const, min: 2, max: 5 }, seed: 3 };

/** A fitter that also reports how many 1 ms timer ticks ran while it fitted. */
function counting(fit: ClusterFitter): { fit: ClusterFitter; ticks: () => number } {
  let counted = -1;
  return {
    ticks: () => counted,
    fit: async (table, options, context) => {
      let ticks = 0;
      const ticker = setInterval(() => {
        ticks += 1;
      }, 1);
      try {
        return await fit(table, options, context);
      } finally {
        clearInterval(ticker);
        counted = ticks;
      }
    },
  };
}

test('a clustering fitted in a worker thread equals the one fitted here, and the main thread keeps running', async () => {
  const here = counting(fitClustering);
  const inThread = await fitStoreClustering(store, request, here.fit);
  const worker = counting(fitClusteringInWorker);
  const inWorker = await fitStoreClustering(store, request, worker.fit);
  assert.deepEqual(inWorker.result, inThread.result);
  assert.deepEqual([...inWorker.labels], [...inThread.labels]);
  assert.deepEqual(inWorker.ids, inThread.ids);
  // A fit in this thread holds the event loop, so no timer fires; in a worker, timers keep firing.
  assert.equal(here.ticks(), 0);
  assert.ok(worker.ticks() > 0, 'timers ran while the worker fitted');
});

test('a PatronError raised in the worker arrives as a PatronError with its code', async () => {
  const empty: FeatureTable = { ids: [], specs: [], numeric: [], text: [], revenue: null };
  await assert.rejects(
    fitClusteringInWorker(empty, ClusteringOptions.parse({}), {
      source: 'store',
      requested: 'rfm',
      excludedProtected: [],
      ignored: [],
      prepare: { log: true, winsor: [0.01, 0.99], scale: true, missing: 'median' },
      preparation: '',
    }),
    (error: unknown) => error instanceof PatronError && error.code === 'no_rows',
  );
});

test('clusterings asked for at once wait their turn: never more threads than CLUSTERING_THREADS', async () => {
  const small = { features: 'rfm', k: { mode: 'fixed' as const, k: 3 }, seed: 1 };
  const expected = await fitStoreClustering(store, small);
  let most = 0;
  const watch = setInterval(() => {
    most = Math.max(most, clusteringThreadsRunning());
  }, 1);
  const fits = await Promise.all(
    Array.from({ length: CLUSTERING_THREADS + 2 }, () =>
      fitStoreClustering(store, small, fitClusteringInWorker),
    ),
  ).finally(() => clearInterval(watch));
  assert.ok(most >= 1 && most <= CLUSTERING_THREADS, `at most ${CLUSTERING_THREADS} at once, saw ${most}`);
  for (const fit of fits) assert.deepEqual(fit.result, expected.result);
  assert.equal(clusteringThreadsRunning(), 0);
});
