import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from '../../store/index.ts';
import { importFixture } from './import-fixture.ts';

test('Stripe payments: paid and refunded charges are sales, refunds are returns, the rest is quarantined', async () => {
  const { store, result: r } = await importFixture('stripe-payments.csv');
  assert.equal(r.source, 'stripe-payments');
  assert.equal(r.kind, 'orders');
  assert.equal(r.rows_read, 5);
  assert.equal(r.rows_loaded, 3);
  assert.equal(r.rows_quarantined, 2);
  assert.equal(r.rows_duplicate, 0);
  assert.equal(r.rows_read, r.rows_loaded + r.rows_quarantined + r.rows_duplicate);
  assert.equal(r.orders, 3);
  assert.equal(r.returns, 1);
  assert.equal(r.orders_created, 4);
  assert.equal(r.net_revenue, 33);
  // Two by Customer ID, one guest by Customer Email.
  assert.equal(r.customers, 3);
  assert.equal(r.guest_orders, 0);
  const orders = await store.all(sql`SELECT external_id, kind, amount::DOUBLE AS amount, currency,
      strftime(ordered_at, '%Y-%m-%d %H:%M:%S') AS at FROM orders ORDER BY ordered_at`);
  assert.deepEqual(
    orders.map((o) => Object.values(o)),
    [
      ['ch_C9qEwjky40UVsWmflzdE1F8R', 'sale', 8, 'USD', '2026-01-17 21:53:00'],
      ['ch_C9qEwjky40UVsWmflzdE1F8R#refund', 'return', -8, 'USD', '2026-01-17 22:05:40'],
      ['py_6BwhTp3Fs2QhX6KWxOiixgVo', 'sale', 25, 'USD', '2026-01-28 20:38:09'],
      ['ch_U8JZpDE0iGXlD6gNCFbaEPFj', 'sale', 8, 'USD', '2026-04-10 03:48:02'],
    ],
  );
  const net = await store.one(sql`SELECT sum(amount)::DOUBLE AS net FROM orders`);
  assert.deepEqual(net, { net: 33 });
  const quarantine = await store.all(
    sql`SELECT row_no, code, column_name, raw_value, reason FROM quarantine ORDER BY row_no`,
  );
  assert.deepEqual(quarantine, [
    {
      row_no: 4n,
      code: 'not_a_sale',
      column_name: 'Status',
      raw_value: 'Failed',
      reason: 'payment status is Failed; only paid and refunded charges are sales',
    },
    {
      row_no: 6n,
      code: 'not_a_charge',
      column_name: 'id',
      raw_value: null,
      reason: 'the payment has no charge id (an incomplete checkout); only charges are sales',
    },
  ]);
  store.close();
});

test('Stripe payments, 2023 layout: Created (UTC) without seconds, partial refund, pending charge quarantined', async () => {
  const { store, result: r } = await importFixture('stripe-payments-2023.csv');
  assert.equal(r.source, 'stripe-payments');
  assert.equal(r.mapping.order_date, 'Created (UTC)');
  assert.equal(r.rows_read, 2);
  assert.equal(r.rows_loaded, 1);
  assert.equal(r.rows_quarantined, 1);
  assert.equal(r.orders, 1);
  assert.equal(r.returns, 1);
  assert.equal(r.net_revenue, 10);
  assert.equal(r.customers, 1);
  const orders =
    await store.all(sql`SELECT external_id, amount::DOUBLE AS amount, strftime(ordered_at, '%Y-%m-%d %H:%M') AS at
      FROM orders ORDER BY external_id`);
  assert.deepEqual(orders, [
    { external_id: 'ch_3NkXXXXXXXXXXXXXXXXXXXX1', amount: 15, at: '2023-08-28 20:18' },
    { external_id: 'ch_3NkXXXXXXXXXXXXXXXXXXXX1#refund', amount: -5, at: '2023-08-28 20:18' },
  ]);
  const quarantine = await store.all(sql`SELECT code, raw_value FROM quarantine`);
  assert.deepEqual(quarantine, [{ code: 'not_a_sale', raw_value: 'Pending' }]);
  store.close();
});

test('Stripe customers: keyed by id, else email; card columns left out, the rest kept as attributes', async () => {
  const { store, result: r } = await importFixture('stripe-customers.csv');
  assert.equal(r.source, 'stripe-customers');
  assert.equal(r.kind, 'customers');
  assert.equal(r.rows_read, 4);
  assert.equal(r.rows_loaded, 4);
  assert.equal(r.rows_quarantined + r.rows_duplicate, 0);
  assert.equal(r.customers, 4);
  assert.ok(!r.unmapped_columns.some((c) => c.startsWith('Card ')));
  const cards = await store.one(sql`SELECT count(*) AS n FROM customer_attributes WHERE name LIKE 'Card %'`);
  assert.deepEqual(cards, { n: 0n });
  const spend =
    await store.all(sql`SELECT coalesce(c.email, c.full_name) AS who, a.value FROM customer_attributes a
      JOIN customers c USING (customer_id) WHERE a.name = 'Total Spend' ORDER BY 1`);
  assert.deepEqual(spend, [
    { who: '+12095550100', value: '0.00' },
    { who: 'guest@example.com', value: '25.00' },
    { who: 'jane@example.com', value: '77.94' },
    { who: 'user1@example.com', value: '8.00' },
  ]);
  const signup = await store.one(
    sql`SELECT strftime(signup_at, '%Y-%m-%d %H:%M') AS at FROM customers WHERE email = 'jane@example.com'`,
  );
  assert.deepEqual(signup, { at: '2024-09-20 17:02' });
  store.close();
});

test('Stripe payments and customers share one source: ids and guest emails meet', async () => {
  const { store } = await importFixture('stripe-payments.csv');
  const { result } = await importFixture('stripe-customers.csv', {}, store);
  // user1 (by cus_ id) and the guest (by email) are already known.
  assert.equal(result.customers_created, 2);
  const people = await store.one(sql`SELECT count(*) AS n FROM customers WHERE merged_into IS NULL`);
  assert.deepEqual(people, { n: 5n });
  store.close();
});
