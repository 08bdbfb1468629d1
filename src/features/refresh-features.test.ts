import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEFAULT_IMPORT_OPTIONS, importFile } from '../ingest/index.ts';
import { openStore, sql } from '../store/index.ts';
import { refreshFeatures } from './refresh-features.ts';

test('one refresh fills every family; refreshing again changes no history', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'patron-refresh-'));
  const path = join(dir, 'orders.csv');
  writeFileSync(
    path,
    `order_id,order_date,customer_id,sku,category,quantity,unit_price
A1,2024-01-05,C1,B1,Bread,1,4.00
A2,2024-02-05,C1,B1,Bread,2,4.00
A3,2024-03-05,C1,K1,Cakes,1,20.00
A4,2024-03-10,C2,K1,Cakes,1,20.00
A5,2024-03-20,C2,K1,Cakes,-1,20.00
`,
  );
  const store = await openStore(':memory:');
  await importFile(store, path, { ...DEFAULT_IMPORT_OPTIONS });
  const first = await refreshFeatures(store);
  assert.deepEqual(first, { as_of: '2024-03-21', customers: 2 });
  const c1 = await store.one<
    Record<string, unknown>
  >(sql`SELECT number_of_orders, number_of_returns, amount_spent, recency_days, tenure_days,
      average_days_between_orders FROM customer_features f JOIN customer_identities i USING (customer_id) WHERE i.value = 'generic:C1'`);
  assert.deepEqual(c1, {
    number_of_orders: 3,
    number_of_returns: 0,
    amount_spent: 32,
    recency_days: 16,
    tenure_days: 76,
    average_days_between_orders: 30,
  });
  const c2 = await store.one<
    Record<string, unknown>
  >(sql`SELECT number_of_orders, number_of_returns, amount_spent, returns_rate
    FROM customer_features f JOIN customer_identities i USING (customer_id) WHERE i.value = 'generic:C2'`);
  assert.deepEqual(c2, { number_of_orders: 1, number_of_returns: 1, amount_spent: 0, returns_rate: 1 });
  const counts = async () =>
    store.one<
      Record<string, bigint>
    >(sql`SELECT (SELECT count(*) FROM customer_rfm) AS rfm, (SELECT count(*) FROM customer_lifecycle) AS stages,
      (SELECT count(*) FROM customer_value_tiers) AS tiers, (SELECT count(*) FROM lifecycle_history) AS lifecycle_history,
      (SELECT count(*) FROM rfm_history) AS rfm_history, (SELECT count(*) FROM customer_spend_shares) AS shares`);
  // Spend shares: C1 has two categories and two products, C2 one of each.
  const once = await counts();
  assert.deepEqual(once, {
    rfm: 2n,
    stages: 2n,
    tiers: 2n,
    lifecycle_history: 2n,
    rfm_history: 2n,
    shares: 6n,
  });
  await refreshFeatures(store);
  assert.deepEqual(await counts(), once);
  store.close();
});
