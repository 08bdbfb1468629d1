import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from '../../store/index.ts';
import { importFixture } from './import-fixture.ts';

test('WooCommerce order export (one row per item): order_total once per order, refunded_total as a return', async () => {
  const { store, result: r } = await importFixture('woocommerce-orders.csv');
  assert.equal(r.source, 'woocommerce-orders');
  assert.equal(r.kind, 'orders');
  assert.equal(r.rows_read, 5);
  assert.equal(r.rows_loaded, 4);
  assert.equal(r.rows_quarantined, 1);
  assert.equal(r.rows_duplicate, 0);
  assert.equal(r.rows_read, r.rows_loaded + r.rows_quarantined + r.rows_duplicate);
  assert.equal(r.orders, 3);
  assert.equal(r.returns, 2);
  assert.equal(r.orders_created, 5);
  assert.equal(r.net_revenue, 56.8);
  // Guests (customer_id 0) are keyed by billing email, so they stay apart.
  assert.equal(r.customers, 3);
  const orders = await store.all(
    sql`SELECT external_id, kind, amount::DOUBLE AS amount, currency, status FROM orders ORDER BY external_id`,
  );
  assert.deepEqual(orders, [
    { external_id: '1187', kind: 'sale', amount: 26.6, currency: 'USD', status: 'completed' },
    { external_id: '1188', kind: 'sale', amount: 41, currency: 'USD', status: 'completed' },
    { external_id: '1188#refund', kind: 'return', amount: -10.8, currency: 'USD', status: 'refund' },
    { external_id: '1189', kind: 'sale', amount: 17, currency: 'USD', status: 'refunded' },
    { external_id: '1189#refund', kind: 'return', amount: -17, currency: 'USD', status: 'refund' },
  ]);
  const net = await store.one(sql`SELECT sum(amount)::DOUBLE AS net FROM orders`);
  assert.deepEqual(net, { net: 56.8 });
  const lines = await store.all(sql`SELECT p.sku, l.quantity::DOUBLE AS qty, l.amount::DOUBLE AS amount
      FROM order_lines l JOIN products p USING (product_id) ORDER BY l.source_row`);
  assert.deepEqual(lines, [
    { sku: 'MUG-BL', qty: 2, amount: 21.6 },
    { sku: 'MUG-BL', qty: 1, amount: 12 },
    { sku: 'TEA-SMP', qty: 1, amount: 24 },
    { sku: 'TEA-SMP', qty: 1, amount: 12 },
  ]);
  const quarantine = await store.all(
    sql`SELECT row_no, code, column_name, raw_value, reason FROM quarantine`,
  );
  assert.deepEqual(quarantine, [
    {
      row_no: 6n,
      code: 'not_a_sale',
      column_name: 'status',
      raw_value: 'cancelled',
      reason: 'order status is cancelled; unpaid, failed and cancelled orders are not sales',
    },
  ]);
  store.close();
});

test('WooCommerce Analytics orders report: net sales per order, negative rows as returns, all guests', async () => {
  const { store, result: r } = await importFixture('woocommerce-analytics-orders.csv');
  assert.equal(r.source, 'woocommerce-analytics-orders');
  assert.equal(r.rows_read, 4);
  assert.equal(r.rows_loaded, 3);
  assert.equal(r.rows_quarantined, 1);
  assert.equal(r.rows_duplicate, 0);
  assert.equal(r.orders, 3);
  assert.equal(r.returns, 1);
  assert.equal(r.customers, 0);
  assert.equal(r.guest_orders, 3);
  assert.equal(r.net_revenue, 76.2);
  const orders = await store.all(
    sql`SELECT external_id, kind, amount::DOUBLE AS amount, channel FROM orders ORDER BY external_id`,
  );
  assert.deepEqual(orders, [
    { external_id: '1187', kind: 'sale', amount: 52.2, channel: 'Organic: Google' },
    { external_id: '1188', kind: 'sale', amount: 36, channel: 'Direct' },
    { external_id: '1191', kind: 'return', amount: -12, channel: 'Direct' },
  ]);
  const quarantine = await store.all(sql`SELECT row_no, code, raw_value FROM quarantine`);
  assert.deepEqual(quarantine, [{ row_no: 5n, code: 'not_a_sale', raw_value: 'failed' }]);
  store.close();
});

test('WooCommerce Advanced Order Export: products as rows, order total and refund once per order', async () => {
  const { store, result: r } = await importFixture('woocommerce-advanced-export.csv');
  assert.equal(r.source, 'woocommerce-advanced-export');
  assert.equal(r.rows_read, 4);
  assert.equal(r.rows_loaded, 3);
  assert.equal(r.rows_quarantined, 1);
  assert.equal(r.rows_duplicate, 0);
  assert.equal(r.orders, 2);
  assert.equal(r.returns, 1);
  assert.equal(r.orders_created, 3);
  assert.equal(r.net_revenue, 38.6);
  assert.equal(r.customers, 2);
  const orders = await store.all(
    sql`SELECT external_id, kind, amount::DOUBLE AS amount, discount_amount::DOUBLE AS discount FROM orders ORDER BY external_id`,
  );
  assert.deepEqual(orders, [
    { external_id: '1187', kind: 'sale', amount: 38.6, discount: 2.4 },
    { external_id: '1188', kind: 'sale', amount: 24, discount: 0 },
    { external_id: '1188#refund', kind: 'return', amount: -24, discount: null },
  ]);
  const net = await store.one(sql`SELECT sum(amount)::DOUBLE AS net FROM orders`);
  assert.deepEqual(net, { net: 38.6 });
  const quarantine = await store.all(sql`SELECT row_no, code, raw_value, reason FROM quarantine`);
  assert.deepEqual(quarantine, [
    {
      row_no: 5n,
      code: 'not_a_sale',
      raw_value: 'Cancelled',
      reason: 'order status is Cancelled; unpaid, failed and cancelled orders are not sales',
    },
  ]);
  store.close();
});
