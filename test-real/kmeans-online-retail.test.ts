import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fitKMeans } from '../src/models/kmeans/index.ts';
import { silhouette } from '../src/models/metrics/index.ts';
import { onlineRetailLogRfm } from './online-retail-log-rfm.ts';

// Reference inertias from ../shared/peers/rfm_kmeans.py (scikit-learn KMeans, n_init 10), k = 2..10.
const SKLEARN = [6497.343, 4889.998, 3976.545, 3345.164, 2889.503, 2587.019, 2374.748, 2194.604, 2034.603];

test('k-means inertia on Online Retail log-RFM is within 0.5 % of scikit-learn for k = 2..10', async () => {
  const points = await onlineRetailLogRfm();
  assert.equal(points.n, 4_339);
  SKLEARN.forEach((reference, i) => {
    const k = i + 2;
    const { inertia } = fitKMeans(points, { k, seed: 0, nInit: 10 });
    const gap = Math.abs(inertia - reference) / reference;
    if (process.env.PATRON_VERBOSE)
      console.log(`k=${k} inertia ${inertia.toFixed(3)} (scikit-learn ${reference})`);
    assert.ok(
      gap <= 0.005,
      `k=${k}: inertia ${inertia.toFixed(3)} vs scikit-learn ${reference} (${(gap * 100).toFixed(2)} %)`,
    );
  });
});

// Silhouettes printed by the same peer run (rfm_kmeans_out/rfm_kmeans_results.json, all 4,339 customers).
const SKLEARN_SILHOUETTE = [0.4338, 0.3387, 0.3365, 0.3172, 0.3133, 0.3089, 0.2991, 0.2788, 0.2779];

test('silhouettes on Online Retail log-RFM are within 0.01 of scikit-learn for k = 2..10', async () => {
  const points = await onlineRetailLogRfm();
  SKLEARN_SILHOUETTE.forEach((reference, i) => {
    const k = i + 2;
    const { labels } = fitKMeans(points, { k, seed: 0, nInit: 10 });
    const { score, sampleSize } = silhouette(points.data, points.n, points.d, labels, k);
    assert.equal(sampleSize, points.n);
    if (process.env.PATRON_VERBOSE)
      console.log(`k=${k} silhouette ${score.toFixed(4)} (scikit-learn ${reference})`);
    assert.ok(
      Math.abs(score - reference) <= 0.01,
      `k=${k}: silhouette ${score.toFixed(4)} vs scikit-learn ${reference}`,
    );
  });
});
