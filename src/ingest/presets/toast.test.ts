import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from '../../store/index.ts';
import { importFixture } from './import-fixture.ts';

test('Toast payment details: one order per payment, refunds on the row, voided payments quarantined', async () => {
  const { store, result: r } = await importFixture('toast-payment-details.csv', { phoneCountry: 'US' });
  assert.equal(r.source, 'toast-payment-details');
  assert.equal(r.kind, 'orders');
  assert.equal(r.date_formats.order_date, 'month/day/year (US)');
  assert.equal(r.rows_read, 4);
  assert.equal(r.rows_loaded, 3);
  assert.equal(r.rows_quarantined, 1);
  assert.equal(r.rows_duplicate, 0);
  assert.equal(r.rows_read, r.rows_loaded + r.rows_quarantined + r.rows_duplicate);
  assert.equal(r.orders, 3);
  assert.equal(r.returns, 1);
  assert.equal(r.orders_created, 4);
  assert.equal(r.net_revenue, 82.49);
  assert.equal(r.customers, 2);
  assert.equal(r.guest_orders, 1);
  const orders = await store.all(sql`SELECT external_id, kind, amount::DOUBLE AS amount, channel,
      strftime(ordered_at, '%Y-%m-%d %H:%M:%S') AS at FROM orders ORDER BY ordered_at`);
  assert.deepEqual(
    orders.map((o) => Object.values(o)),
    [
      ['1300000015734303130', 'sale', 21.99, 'In Store', '2026-10-08 17:17:40'],
      ['1300000015734309001', 'sale', 54, 'In Store', '2026-10-13 19:10:05'],
      ['1300000015734309011', 'sale', 18.5, 'In Store', '2026-10-13 20:11:48'],
      ['1300000015734309001#refund', 'return', -12, 'In Store', '2026-10-14 11:20:00'],
    ],
  );
  const net = await store.one(sql`SELECT sum(amount)::DOUBLE AS net FROM orders`);
  assert.deepEqual(net, { net: 82.49 });
  const guests = await store.all(sql`SELECT email, phone FROM customers ORDER BY email`);
  assert.deepEqual(guests, [
    { email: 'guest1@example.com', phone: '+12125550100' },
    { email: 'guest2@example.com', phone: null },
  ]);
  const quarantine = await store.all(sql`SELECT row_no, code, column_name, reason FROM quarantine`);
  assert.deepEqual(quarantine, [
    {
      row_no: 5n,
      code: 'voided_payment',
      column_name: 'Void Date',
      reason: 'the payment was voided on 10/13/2026 21:05:00; voided payments are not sales',
    },
  ]);
  const card = await store.one(
    sql`SELECT count(*) AS n FROM order_lines WHERE json_exists(extra, '$."Last 4 Card Digits"')`,
  );
  assert.deepEqual(card, { n: 0n });
  store.close();
});

test('Toast payment details: a one-business-day file (every day ≤ 12) imports with US dates', async () => {
  const { store, result } = await importFixture('toast-payment-details-one-day.csv', { phoneCountry: 'US' });
  assert.equal(result.rows_loaded, 2);
  store.close();
});

test('Toast payment details: a one-business-day file imports with --date-format MDY', async () => {
  const { store, result } = await importFixture('toast-payment-details-one-day.csv', {
    phoneCountry: 'US',
    dateFormat: 'MDY',
  });
  assert.equal(result.source, 'toast-payment-details');
  assert.equal(result.rows_loaded, 2);
  const days = await store.all(
    sql`SELECT DISTINCT strftime(ordered_at, '%Y-%m-%d') AS day FROM orders ORDER BY 1`,
  );
  assert.deepEqual(days, [{ day: '2026-10-08' }, { day: '2026-10-09' }]);
  store.close();
});
