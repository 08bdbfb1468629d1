import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { DEFAULT_IMPORT_OPTIONS, importFile } from '../src/ingest/index.ts';
import { storeStats } from '../src/insights/index.ts';
import { openStore, sql } from '../src/store/index.ts';
import { sharedData } from './shared-data.ts';

const dir = mkdtempSync(join(tmpdir(), 'patron-real-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const tableCounts = async (store: Awaited<ReturnType<typeof openStore>>) =>
  store.one(sql`SELECT (SELECT count(*) FROM customers) c, (SELECT count(*) FROM orders) o, (SELECT count(*) FROM order_lines) l,
    (SELECT count(*) FROM products) p, (SELECT count(*) FROM customer_identities) i`);

test('Online Retail imports exactly, and a second import changes nothing', async () => {
  const store = await openStore(join(dir, 'or.duckdb'));
  const file = sharedData('online-retail', 'online_retail.csv.gz');
  const r = await importFile(store, file, { ...DEFAULT_IMPORT_OPTIONS });
  assert.equal(r.source, 'online-retail');
  assert.equal(r.rows_read, 541_909);
  assert.equal(r.rows_quarantined, 0);
  assert.equal(r.rows_duplicate, 0);
  assert.equal(r.rows_loaded, 541_909);
  assert.equal(r.customers, 4_372);
  assert.equal(r.orders, 25_900);
  assert.equal(r.returns, 3_836);
  assert.equal(r.guest_lines, 135_080);
  assert.equal(r.warnings.find((w) => w.code === 'exact_copy_rows')?.count, 5_268);
  assert.equal(r.net_revenue, 9_747_747.93);

  const stats = await storeStats(store);
  assert.equal(stats.net_revenue, 9_747_747.93);
  assert.equal(stats.customer_revenue, 8_300_065.81);
  assert.equal(stats.customers, 4_372);
  assert.equal(stats.orders, 25_900);
  assert.equal(stats.returns, 3_836);

  const before = await tableCounts(store);
  const again = await importFile(store, file, { ...DEFAULT_IMPORT_OPTIONS });
  assert.equal(again.rows_read, 541_909);
  assert.equal(again.rows_duplicate, 541_909);
  assert.equal(again.rows_loaded, 0);
  assert.equal(again.customers_created, 0);
  assert.equal(again.orders_created, 0);
  assert.deepEqual(await tableCounts(store), before);
  assert.equal((await storeStats(store)).net_revenue, 9_747_747.93);
  store.close();
});

test('the Parquet copy is recognised as the same rows (float customer ids are normalised)', async () => {
  const store = await openStore(join(dir, 'or-parquet.duckdb'));
  await importFile(store, sharedData('online-retail', 'online_retail.csv.gz'), { ...DEFAULT_IMPORT_OPTIONS });
  const r = await importFile(store, sharedData('online-retail', 'online_retail.parquet'), {
    ...DEFAULT_IMPORT_OPTIONS,
  });
  assert.equal(r.rows_read, 541_909);
  assert.equal(r.rows_duplicate, 541_909);
  assert.equal(r.customers, 4_372);
  store.close();
});
