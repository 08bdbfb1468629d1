import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openStore, sql } from '../../store/index.ts';
import { refreshMembership } from './refresh-membership.ts';

async function storeWithCustomers(spent: readonly number[]) {
  const store = await openStore(':memory:');
  for (const [i, amount] of spent.entries()) {
    await store.run(
      sql`INSERT INTO customers (customer_id, created_import_id, updated_at) VALUES (${i + 1}, 1, now()::TIMESTAMP)`,
    );
    await store.run(sql`INSERT INTO customer_features (customer_id, as_of, number_of_orders, number_of_returns, amount_spent)
      VALUES (${i + 1}, DATE '2024-06-01', 1, 0, ${amount})`);
  }
  await store.run(
    sql`INSERT INTO segments VALUES (1, 'big', NULL, 'amount_spent > 100', '{}', now()::TIMESTAMP, now()::TIMESTAMP)`,
  );
  return store;
}

const big = sql`p.amount_spent > ${100}`;

test('members enter and leave with history and outbox records; a second refresh changes nothing', async () => {
  const store = await storeWithCustomers([50, 150, 300]);
  assert.deepEqual(await refreshMembership(store, 1, big, '2024-06-01 10:00:00'), {
    entered: 2,
    exited: 0,
    size: 2,
  });
  assert.deepEqual(await refreshMembership(store, 1, big, '2024-06-01 11:00:00'), {
    entered: 0,
    exited: 0,
    size: 2,
  });
  await store.run(sql`UPDATE customer_features SET amount_spent = 20 WHERE customer_id = 2`);
  await store.run(sql`UPDATE customer_features SET amount_spent = 120 WHERE customer_id = 1`);
  assert.deepEqual(await refreshMembership(store, 1, big, '2024-06-02 10:00:00'), {
    entered: 1,
    exited: 1,
    size: 2,
  });
  const history = await store.all<{ customer_id: bigint; entered: string; exited: string | null }>(sql`
    SELECT customer_id, strftime(entered_at, '%Y-%m-%d') AS entered, strftime(exited_at, '%Y-%m-%d') AS exited
    FROM segment_members ORDER BY customer_id, entered_at`);
  assert.deepEqual(
    history.map((h) => [Number(h.customer_id), h.entered, h.exited]),
    [
      [1, '2024-06-02', null],
      [2, '2024-06-01', '2024-06-02'],
      [3, '2024-06-01', null],
    ],
  );
  const outbox = await store.all<{ customer_id: bigint; change: string }>(
    sql`SELECT customer_id, change FROM segment_outbox ORDER BY occurred_at, customer_id`,
  );
  assert.deepEqual(
    outbox.map((o) => [Number(o.customer_id), o.change]),
    [
      [2, 'enter'],
      [3, 'enter'],
      [1, 'enter'],
      [2, 'exit'],
    ],
  );
  store.close();
});

test('an incremental refresh ends where a rebuild from nothing does', async () => {
  const store = await storeWithCustomers([50, 150, 300, 30, 500]);
  await refreshMembership(store, 1, big, '2024-06-01 10:00:00');
  await store.run(sql`UPDATE customer_features SET amount_spent = amount_spent + 60`);
  await refreshMembership(store, 1, big, '2024-06-02 10:00:00');
  const incremental = await store.all(
    sql`SELECT customer_id FROM segment_members WHERE exited_at IS NULL ORDER BY 1`,
  );
  await store.run(sql`DELETE FROM segment_members`);
  await refreshMembership(store, 1, big, '2024-06-03 10:00:00');
  const full = await store.all(
    sql`SELECT customer_id FROM segment_members WHERE exited_at IS NULL ORDER BY 1`,
  );
  assert.deepEqual(incremental, full);
  assert.equal(full.length, 4, 'only the 30 stays at or under 100 after the +60');
  store.close();
});
