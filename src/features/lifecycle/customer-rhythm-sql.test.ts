import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type CustomerRhythm, customerRhythmSql } from './customer-rhythm-sql.ts';
import { storeWithOrders } from './orders-fixture.ts';
import { shopSecondOrderGapSql } from './shop-second-order-gap-sql.ts';

test('the rhythm query has no parameters and counts only sales before as_of, by order day', () => {
  const { text, values } = customerRhythmSql().render();
  assert.deepEqual(values, []);
  assert.match(text, /SELECT DISTINCT o\.customer_id, CAST\(o\.ordered_at AS DATE\) AS day/);
  assert.match(text, /o\.kind = 'sale' AND o\.ordered_at < f\.as_of/);
  assert.match(
    text,
    /median\(g\.gap_days\) FILTER \(WHERE g\.day_no < g\.order_days\) AS prior_median_gap_days/,
  );
});

test('the percentile of the shop gap is a bound parameter', () => {
  const { text, values } = shopSecondOrderGapSql(0.75).render();
  assert.deepEqual(values, [0.75]);
  assert.match(text, /quantile_cont\(gap_days, \$1\) FILTER \(WHERE day_no = 2\) AS gap_days FROM sale_gaps/);
});

test('rhythm numbers on a real import: gaps between order days, the last one, and the ones before it', async () => {
  const line = (n: number, date: string, who: string, qty = 1) =>
    `${n},${date},${who},S1,Bun,Bread,${qty},2.00,shop`;
  const { store, customerId } = await storeWithOrders(
    [
      line(1, '2024-01-01', 'A'),
      line(2, '2024-01-11', 'A'),
      line(3, '2024-01-11 17:00', 'A'), // a second order the same day is the same order day
      line(4, '2024-01-15', 'A', -1), // returns are not order days
      line(5, '2024-02-10', 'A'),
      line(6, '2024-03-01', 'A'), // on as_of: not counted
      line(7, '2024-02-20', 'B'),
      line(8, '2024-02-27', 'B'),
    ],
    '2024-03-01',
  );
  const rows = await store.all<CustomerRhythm>(customerRhythmSql());
  const a = rows.find((r) => Number(r.customer_id) === customerId('A'));
  // A: days 01-01, 01-11, 02-10 → gaps 10 and 30; last 30 days; before it one gap of 10.
  assert.deepEqual(
    { ...a, customer_id: 0n },
    {
      customer_id: 0n,
      recency_days: 20,
      tenure_days: 60,
      order_days: 3,
      gaps: 2,
      median_gap_days: 20,
      last_gap_days: 30,
      prior_gaps: 1,
      prior_median_gap_days: 10,
    },
  );
  // First-to-second gaps: A 10, B 7; the median is 8.5 and the 100th percentile 10.
  assert.deepEqual(await store.one(shopSecondOrderGapSql(0.5)), { gap_days: 8.5 });
  assert.deepEqual(await store.one(shopSecondOrderGapSql(1)), { gap_days: 10 });
  store.close();
});
