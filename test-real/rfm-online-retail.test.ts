import assert from 'node:assert/strict';
import { test } from 'node:test';
import { refreshFeatures, rfmGroupOf, rfmSummary } from '../src/features/index.ts';
import { DEFAULT_IMPORT_OPTIONS, importFile } from '../src/ingest/index.ts';
import { openStore, sql } from '../src/store/index.ts';
import { sharedData } from './shared-data.ts';

/**
 * An independent computation of the RFM rules straight from the order lines, in plain SQL for the
 * metrics and plain JS for the scores: frequency = distinct non-C invoices, monetary = net spend
 * over all the customer's lines, recency = days from the last non-C invoice to 2011-12-10.
 */
function scoreByRank(values: readonly number[], descending: boolean): number[] {
  const n = values.length;
  const sorted = [...values].sort((a, b) => (descending ? b - a : a - b));
  const firstIndex = new Map<number, number>();
  sorted.forEach((v, i) => {
    if (!firstIndex.has(v)) firstIndex.set(v, i);
  });
  return values.map((v) => {
    const rank = (firstIndex.get(v) as number) + 1;
    return Math.min(5, 1 + Math.floor((5 * (rank - 1)) / Math.max(n - 1, 1)));
  });
}

test('RFM on Online Retail matches an independent computation of the rules', async () => {
  const store = await openStore(':memory:');
  await importFile(store, sharedData('online-retail', 'online_retail.csv.gz'), { ...DEFAULT_IMPORT_OPTIONS });
  const refresh = await refreshFeatures(store);
  assert.equal(refresh.as_of, '2011-12-10');
  const summary = await rfmSummary(store);

  const raw = await store.all<{ id: string; recency: bigint; frequency: bigint; monetary: number }>(sql`
    WITH lines AS (
      SELECT CustomerID AS customer, InvoiceNo AS invoice, CAST(InvoiceDate AS TIMESTAMP) AS invoiced_at,
        CAST(Quantity AS DECIMAL(18,4)) * CAST(UnitPrice AS DECIMAL(18,4)) AS value
      FROM read_csv(${sharedData('online-retail', 'online_retail.csv.gz')}, header = true, all_varchar = true)
      WHERE CustomerID IS NOT NULL)
    SELECT customer AS id,
      date_diff('day', CAST(max(invoiced_at) FILTER (WHERE NOT starts_with(invoice, 'C')) AS DATE), DATE '2011-12-10') AS recency,
      count(DISTINCT invoice) FILTER (WHERE NOT starts_with(invoice, 'C')) AS frequency,
      CAST(sum(value) AS DOUBLE) AS monetary
    FROM lines GROUP BY customer HAVING count(DISTINCT invoice) FILTER (WHERE NOT starts_with(invoice, 'C')) > 0`);
  assert.equal(raw.length, 4_339);
  assert.equal(summary.customers_scored, 4_339);

  const r = scoreByRank(
    raw.map((x) => Number(x.recency)),
    true,
  );
  const f = scoreByRank(
    raw.map((x) => Number(x.frequency)),
    false,
  );
  const m = scoreByRank(
    raw.map((x) => Math.round(x.monetary * 100) / 100),
    false,
  );
  const expected = {
    groups: {} as Record<string, number>,
    R: {} as Record<string, number>,
    F: {} as Record<string, number>,
    M: {} as Record<string, number>,
  };
  raw.forEach((_, i) => {
    const [ri, fi, mi] = [r[i] as number, f[i] as number, m[i] as number];
    const group = rfmGroupOf(ri, fi);
    expected.groups[group] = (expected.groups[group] ?? 0) + 1;
    expected.R[ri] = (expected.R[ri] ?? 0) + 1;
    expected.F[fi] = (expected.F[fi] ?? 0) + 1;
    expected.M[mi] = (expected.M[mi] ?? 0) + 1;
  });
  const nonZero = Object.fromEntries(Object.entries(summary.groups).filter(([, n]) => n > 0));
  assert.deepEqual(nonZero, expected.groups);
  assert.deepEqual(summary.scores.R, expected.R);
  assert.deepEqual(summary.scores.F, expected.F);
  assert.deepEqual(summary.scores.M, expected.M);
  store.close();
});
