import type { Points } from '../src/models/kmeans/index.ts';
import { openStore, sql } from '../src/store/index.ts';
import { sharedData } from './shared-data.ts';

/**
 * Online Retail's log-RFM features exactly as ../shared/peers/rfm_kmeans.py builds them: customers
 * with an id, C invoices dropped, recency in whole days to the day after the last invoice,
 * frequency = distinct invoices, monetary = sum of lines clipped at 0; log1p, then z-scores (ddof 0).
 */
export async function onlineRetailLogRfm(): Promise<Points> {
  const store = await openStore(':memory:');
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
  return { data, n: rows.length, d };
}
