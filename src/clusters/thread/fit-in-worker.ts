import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { PatronError } from '../../errors/index.ts';
import type { ClusteringOptions } from '../clustering-options.ts';
import type { FeatureTable } from '../feature-table.ts';
import type { ClusteringFit, FitContext } from '../fit-clustering.ts';
import type { FitJob, FitReply } from './fit-job.ts';

// The thread loads TypeScript the way bin/patron.js does: tsx registered first, then the module.
const THREAD_SOURCE = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL('./fit-clustering-thread.ts', import.meta.url).href)}); })`;

/** Clustering threads at once: one core stays free for the server; more requests wait their turn. */
export const CLUSTERING_THREADS = Math.max(1, availableParallelism() - 1);
let running = 0;
const waiting: (() => void)[] = [];

/** Clustering threads working now (for tests and diagnostics). */
export function clusteringThreadsRunning(): number {
  return running;
}

/** Waits for a free thread slot; the returned function hands it to the next waiter or frees it. */
async function takeSlot(): Promise<() => void> {
  if (running < CLUSTERING_THREADS) running += 1;
  else await new Promise<void>((granted) => waiting.push(granted));
  return () => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };
}

/**
 * `fitClustering` in a worker thread, so a server keeps answering while a large clustering fits
 * (choosing k on a big shop takes seconds). At most CLUSTERING_THREADS run at once. Same inputs,
 * same result; a PatronError from the fit arrives as a PatronError.
 */
export async function fitClusteringInWorker(
  table: FeatureTable,
  options: ClusteringOptions,
  context: FitContext,
): Promise<ClusteringFit> {
  const release = await takeSlot();
  try {
    return await fitInThread({ table, options, context });
  } finally {
    release();
  }
}

function fitInThread(job: FitJob): Promise<ClusteringFit> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(THREAD_SOURCE, { eval: true, workerData: job });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
      void worker.terminate();
    };
    worker.once('message', (reply: FitReply) =>
      settle(() => {
        if (reply.ok) resolve(reply.fit);
        else if ('patron' in reply) {
          const { code, message, location, details } = reply.patron;
          reject(new PatronError(code, message, location, details));
        } else reject(new Error(`the clustering thread failed: ${reply.internal}`));
      }),
    );
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) =>
      settle(() => reject(new Error(`the clustering thread stopped (exit ${code}) before it answered`))),
    );
  });
}
