import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fitKMeans } from '../src/models/kmeans/index.ts';
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
