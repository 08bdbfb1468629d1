import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openStore, type Store, sql } from '../../store/index.ts';
import { refreshRfm } from './refresh-rfm.ts';
import { rfmGroupOf } from './rfm-groups.ts';
import { DEFAULT_RFM_OPTIONS, type RfmOptions } from './rfm-options.ts';
import { scoreRfmSql } from './score-rfm-sql.ts';

type Row = [id: number, recency: number, orders: number, spent: number];

async function storeWith(rows: readonly Row[]): Promise<Store> {
  const store = await openStore(':memory:');
  for (const [id, recency, orders, spent] of rows) {
    await store.run(sql`INSERT INTO customer_features (customer_id, as_of, number_of_orders, number_of_returns, amount_spent, recency_days)
      VALUES (${id}, DATE '2024-06-01', ${orders}, 0, ${spent}, ${recency})`);
  }
  return store;
}

async function scores(store: Store, options: RfmOptions = DEFAULT_RFM_OPTIONS) {
  const rows = await store.all<{ customer_id: bigint; r: number; f: number; m: number; rfm_group: string }>(
    sql`SELECT * FROM (${scoreRfmSql(options)}) ORDER BY customer_id`,
  );
  return rows.map((r) => [Number(r.customer_id), r.r, r.f, r.m, r.rfm_group]);
}

test('the grid names groups from R and F', () => {
  assert.equal(rfmGroupOf(5, 1), 'New Customers');
  assert.equal(rfmGroupOf(1, 5), "Can't Lose Them");
  assert.equal(rfmGroupOf(2, 3), 'At Risk');
  assert.equal(rfmGroupOf(3, 3), 'Need Attention');
  assert.throws(() => rfmGroupOf(0, 1));
});

test('rank scoring: p = (rank − 1)/(n − 1), score = min(5, 1 + floor(5p)), recency reversed', async () => {
  // n = 6, so p steps by 0.2: ranks 1..6 → scores 1, 2, 3, 4, 5, 5.
  const store = await storeWith([
    [1, 60, 1, 10],
    [2, 50, 2, 20],
    [3, 40, 3, 30],
    [4, 30, 4, 40],
    [5, 20, 5, 50],
    [6, 10, 6, 60],
  ]);
  assert.deepEqual(await scores(store), [
    [1, 1, 1, 1, 'Hibernating'],
    [2, 2, 2, 2, 'Hibernating'],
    [3, 3, 3, 3, 'Need Attention'],
    [4, 4, 4, 4, 'Loyal'],
    [5, 5, 5, 5, 'Champions'],
    [6, 5, 5, 5, 'Champions'],
  ]);
  store.close();
});

test('equal values always share a score, and customers without orders are not scored', async () => {
  const store = await storeWith([
    [1, 5, 1, 10],
    [2, 5, 1, 10],
    [3, 5, 1, 10],
    [4, 100, 3, 99],
    [5, 7, 0, 0],
  ]);
  // Recency, days descending: 100 has rank 1 (p 0 → 1); the three 5s share rank 2 (p 1/3 → 1 + floor(5/3) = 2).
  assert.deepEqual(await scores(store), [
    [1, 2, 1, 1, 'Hibernating'],
    [2, 2, 1, 1, 'Hibernating'],
    [3, 2, 1, 1, 'Hibernating'],
    [4, 1, 5, 5, "Can't Lose Them"],
  ]);
  store.close();
});

test('a single customer scores 1 everywhere (p is 0), never a division by zero', async () => {
  const store = await storeWith([[1, 3, 2, 50]]);
  assert.deepEqual(await scores(store), [[1, 1, 1, 1, 'Hibernating']]);
  store.close();
});

test('cut points can be set per dimension', async () => {
  const store = await storeWith([
    [1, 10, 1, 20],
    [2, 45, 2, 150],
    [3, 400, 12, 900],
  ]);
  const options: RfmOptions = {
    r: { kind: 'cuts', cuts: [30, 90, 180, 365] },
    f: { kind: 'cuts', cuts: [2, 3, 5, 10] },
    m: { kind: 'rank' },
  };
  assert.deepEqual(await scores(store, options), [
    [1, 5, 1, 1, 'New Customers'],
    [2, 4, 2, 3, 'Potential Loyalists'],
    [3, 1, 5, 5, "Can't Lose Them"],
  ]);
  store.close();
});

test('a changed group keeps the previous one in history; refreshing again changes nothing', async () => {
  const store = await storeWith([
    [1, 60, 1, 10],
    [2, 10, 5, 90],
  ]);
  await refreshRfm(store, DEFAULT_RFM_OPTIONS);
  await refreshRfm(store, DEFAULT_RFM_OPTIONS);
  const first = await store.all(
    sql`SELECT customer_id, from_group, to_group FROM rfm_history ORDER BY customer_id`,
  );
  assert.equal(first.length, 2, 'first assignment only, the second refresh changed nothing');
  await store.run(
    sql`UPDATE customer_features SET recency_days = 1, number_of_orders = 9, amount_spent = 500 WHERE customer_id = 1`,
  );
  await refreshRfm(store, DEFAULT_RFM_OPTIONS);
  const moved = await store.all<{ customer_id: bigint; from_group: string; to_group: string }>(
    sql`SELECT customer_id, from_group, to_group FROM rfm_history WHERE from_group IS NOT NULL ORDER BY customer_id`,
  );
  assert.deepEqual(
    moved.map((m) => [Number(m.customer_id), m.from_group, m.to_group]),
    [
      [1, 'Hibernating', 'Champions'],
      [2, 'Champions', 'Hibernating'],
    ],
  );
  store.close();
});
