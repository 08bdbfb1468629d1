import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fitKMeans } from '../src/models/kmeans/index.ts';
import { openStore, sql } from '../src/store/index.ts';
import { sharedData } from './shared-data.ts';

// Reference inertias from ../shared/peers/rfm_kmeans.py (scikit-learn KMeans, n_init 10), k = 2..10.
const SKLEARN = [6497.343, 4889.998, 3976.545, 3345.164, 2889.503, 2587.019, 2374.748, 2194.604, 2034.603];

test('k-means inertia on Online Retail log-RFM is within 0.5 % of scikit-learn for k = 2..10', async () => {
  const store = await openStore(':memory:');
  // Features exactly as the peer builds them: customers with an id, C invoices dropped,
  // recency in whole days to the day after the last invoice, log1p, then z-scores (ddof 0).
  const rows = await store.all<{ r: number; f: number; m: number }>(sql`
    WITH lines AS (
      SELECT CustomerID AS customer, InvoiceNo AS invoice, CAST(InvoiceDate AS TIMESTAMP) AS invoiced_at,
        CAST(Quantity AS DOUBLE) * CAST(UnitPrice AS DOUBLE) AS amount
      FROM read_csv(${sharedData('online-retail', 'online_retail.csv.gz')}, header = true, all_varchar = true)
      WHERE CustomerID IS NOT NULL AND NOT starts_with(InvoiceNo, 'C')),
    snapshot AS (SELECT CAST(max(invoiced_at) AS DATE) + INTERVAL 1 DAY AS day FROM lines)
    SELECT ln(1 + floor(epoch(any_value(s.day) - max(invoiced_at)) / 86400)) AS r, ln(1 + count(DISTINCT invoice)) AS f,
      ln(1 + greatest(sum(amount), 0)) AS m
    FROM lines, snapshot s GROUP BY customer ORDER BY customer`);
  store.close();
  assert.equal(rows.length, 4_339);
  const d = 3;
  const data = new Float64Array(rows.length * d);
  rows.forEach((row, i) => {
    data.set([row.r, row.f, row.m], i * d);
  });
  for (let t = 0; t < d; t++) {
    let mean = 0;
    for (let i = 0; i < rows.length; i++) mean += data[i * d + t] as number;
    mean /= rows.length;
    let variance = 0;
    for (let i = 0; i < rows.length; i++) variance += ((data[i * d + t] as number) - mean) ** 2;
    const sd = Math.sqrt(variance / rows.length);
    for (let i = 0; i < rows.length; i++) data[i * d + t] = ((data[i * d + t] as number) - mean) / sd;
  }
  SKLEARN.forEach((reference, i) => {
    const k = i + 2;
    const { inertia } = fitKMeans({ data, n: rows.length, d }, { k, seed: 0, nInit: 10 });
    const gap = Math.abs(inertia - reference) / reference;
    if (process.env.PATRON_VERBOSE)
      console.log(`k=${k} inertia ${inertia.toFixed(3)} (scikit-learn ${reference})`);
    assert.ok(
      gap <= 0.005,
      `k=${k}: inertia ${inertia.toFixed(3)} vs scikit-learn ${reference} (${(gap * 100).toFixed(2)} %)`,
    );
  });
});
