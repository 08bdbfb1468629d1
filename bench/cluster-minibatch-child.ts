// Mini-batch k-means on 1M synthetic customers × 8 features at k = 8, in its own process so that
// peak RSS is this run's alone. Prints one JSON line.
import { fitMiniBatchKMeans } from '../src/models/kmeans/index.ts';
import { adjustedRandIndex } from '../src/models/metrics/index.ts';
import { gaussianBlobs } from '../src/models/testing/index.ts';

const n = Number(process.argv[2] ?? 1_000_000);
const d = 8;
const k = 8;
const centres = Array.from({ length: k }, (_, c) => Array.from({ length: d }, (_, t) => (t === c ? 6 : 0)));
const started = performance.now();
const blobs = gaussianBlobs(centres, n / k, 1.5, 1);
const generated = performance.now();
const fit = fitMiniBatchKMeans(blobs, { k, seed: 0 });
const fitted = performance.now();
console.log(
  JSON.stringify({
    n: blobs.n,
    generateSeconds: (generated - started) / 1000,
    fitSeconds: (fitted - generated) / 1000,
    steps: fit.steps,
    inertiaPerPoint: fit.inertia / blobs.n,
    ari: adjustedRandIndex(blobs.truth, fit.labels),
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
