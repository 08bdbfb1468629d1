import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openStore, sql } from '../../store/index.ts';
import { segmentKpis } from './segment-kpis.ts';
import { segmentOverlap } from './segment-overlap.ts';

// [id, orders, spent, aov, tenure days, recency days]
const CUSTOMERS: [number, number, number, number, number, number][] = [
  [1, 4, 400, 100, 365, 10],
  [2, 1, 50, 50, 200, 200],
  [3, 2, 150, 75, 30, 5],
  [4, 0, 0, 0, 0, 0],
];

test('segment KPIs and overlap, worked out by hand', async () => {
  const store = await openStore(':memory:');
  for (const [id, orders, spent, aov, tenure, recency] of CUSTOMERS) {
    await store.run(
      sql`INSERT INTO customers (customer_id, created_import_id, updated_at) VALUES (${id}, 1, now()::TIMESTAMP)`,
    );
    await store.run(sql`INSERT INTO customer_features (customer_id, as_of, number_of_orders, number_of_returns, amount_spent, average_order_value, tenure_days, recency_days)
      VALUES (${id}, DATE '2024-06-01', ${orders}, 0, ${spent}, ${orders ? aov : null}, ${orders ? tenure : null}, ${orders ? recency : null})`);
  }
  await store.run(sql`INSERT INTO segments VALUES (1, 'buyers', NULL, 'x', '{}', now()::TIMESTAMP, now()::TIMESTAMP),
    (2, 'repeat', NULL, 'x', '{}', now()::TIMESTAMP, now()::TIMESTAMP)`);
  await store.run(sql`INSERT INTO segment_members VALUES (1, 1, now()::TIMESTAMP, NULL), (1, 2, now()::TIMESTAMP, NULL),
    (1, 3, now()::TIMESTAMP, NULL), (2, 1, now()::TIMESTAMP, NULL), (2, 3, now()::TIMESTAMP, NULL), (2, 2, now()::TIMESTAMP, now()::TIMESTAMP)`);
  const [buyers, repeat] = await segmentKpis(store);
  assert.deepEqual(buyers, {
    segment_id: 1,
    name: 'buyers',
    size: 3,
    share_of_customers: 0.75,
    revenue_share: 1,
    average_order_value: 85.7143, // (400 + 50 + 150) / 7 orders
    orders_per_customer: 2.3333,
    repeat_rate: 0.6667,
    retention_90d: 0.5, // customers 1 and 2 were customers before the 90 days; only 1 ordered since
    historical_clv: 200,
  });
  assert.equal(repeat?.size, 2, 'the member who left is not counted');
  assert.equal(repeat?.revenue_share, 0.9167);
  assert.deepEqual(await segmentOverlap(store), {
    segments: ['buyers', 'repeat'],
    counts: [
      [3, 2],
      [2, 2],
    ],
  });
  store.close();
});
