// Runs inside a worker thread (see fit-in-worker.ts): fits one clustering and posts it back.
import { parentPort, workerData } from 'node:worker_threads';
import { PatronError } from '../../errors/index.ts';
import { fitClustering } from '../fit-clustering.ts';
import type { FitJob, FitReply } from './fit-job.ts';

const { table, options, context } = workerData as FitJob;
let reply: FitReply;
try {
  reply = { ok: true, fit: fitClustering(table, options, context) };
} catch (error) {
  reply =
    error instanceof PatronError
      ? {
          ok: false,
          patron: {
            code: error.code,
            message: error.message,
            location: error.location,
            details: error.details,
          },
        }
      : { ok: false, internal: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}
const transfer =
  reply.ok === true
    ? [
        reply.fit.labels.buffer,
        reply.fit.distances.buffer,
        ...(reply.fit.probability ? [reply.fit.probability.buffer] : []),
      ]
    : [];
parentPort?.postMessage(reply, transfer as ArrayBuffer[]);
