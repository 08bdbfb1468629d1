import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { sql } from '../../store/index.ts';
import { importFixture } from './import-fixture.ts';

test('Shopify orders: line items grouped by Name, Total as the amount, refunds as returns, test orders quarantined', async () => {
  const { store, result: r } = await importFixture('shopify-orders.csv');
  assert.equal(r.source, 'shopify-orders');
  assert.equal(r.kind, 'orders');
  assert.equal(r.rows_read, 5);
  assert.equal(r.rows_loaded, 4);
  assert.equal(r.rows_quarantined, 1);
  assert.equal(r.rows_duplicate, 0);
  assert.equal(r.rows_read, r.rows_loaded + r.rows_quarantined + r.rows_duplicate);
  assert.equal(r.orders, 3);
  // Two refunds, each a return order of its own.
  assert.equal(r.returns, 2);
  assert.equal(r.orders_created, 5);
  assert.equal(r.net_revenue, 752.92);
  assert.equal(r.customers, 3);
  assert.equal(r.guest_orders, 0);

  const orders =
    await store.all(sql`SELECT external_id, kind, amount::DOUBLE AS amount, amount_from, channel, status,
      strftime(ordered_at, '%Y-%m-%d %H:%M') AS at FROM orders ORDER BY external_id`);
  // The refund of a cancelled order (#1043) is dated when it was cancelled; #1044 was not cancelled.
  assert.deepEqual(
    orders.map((o) => Object.values(o)),
    [
      ['#1042', 'sale', 406.58, 'total', 'web', 'paid', '2023-04-09 18:59'],
      ['#1043', 'sale', 79.99, 'total', 'web', 'refunded', '2023-04-05 17:22'],
      ['#1043#refund', 'return', -79.99, 'total', 'web', 'refund', '2023-04-11 13:09'],
      ['#1044', 'sale', 433.89, 'total', 'web', 'partially_refunded', '2023-04-03 10:01'],
      ['#1044#refund', 'return', -87.55, 'total', 'web', 'refund', '2023-04-03 10:01'],
    ],
  );
  const net = await store.one(
    sql`SELECT sum(amount)::DOUBLE AS net, count(*) FILTER (WHERE kind = 'return') AS returns FROM orders`,
  );
  assert.deepEqual(net, { net: 752.92, returns: 2n });
  const lines = await store.one(sql`SELECT count(*) AS n, sum(quantity)::DOUBLE AS units FROM order_lines`);
  assert.deepEqual(lines, { n: 4n, units: 5 });

  const quarantine = await store.all(sql`SELECT row_no, code, column_name, reason FROM quarantine`);
  assert.deepEqual(quarantine, [
    {
      row_no: 6n,
      code: 'test_order',
      column_name: 'Payment Method',
      reason: 'payment method is (for testing) Bogus Gateway; test orders are not sales',
    },
  ]);
  const customers = await store.all(
    sql`SELECT email, country, city, postal_code, accepts_marketing FROM customers ORDER BY email`,
  );
  assert.deepEqual(customers, [
    {
      email: 'customer@example.com',
      country: 'CA',
      city: 'Toronto',
      postal_code: 'A1A1A1',
      accepts_marketing: true,
    },
    {
      email: 'other@example.com',
      country: 'US',
      city: 'Henderson',
      postal_code: '89000',
      accepts_marketing: true,
    },
    {
      email: 'pat@example.com',
      country: 'US',
      city: 'Los Angeles',
      postal_code: '90210',
      accepts_marketing: false,
    },
  ]);
  store.close();
});

test('Shopify customers, current generation: keyed by Customer ID, with email and SMS consent', async () => {
  const { store, result: r } = await importFixture('shopify-customers.csv');
  assert.equal(r.source, 'shopify-customers');
  assert.equal(r.kind, 'customers');
  assert.equal(r.rows_read, 3);
  assert.equal(r.rows_loaded, 3);
  assert.equal(r.rows_quarantined + r.rows_duplicate, 0);
  assert.equal(r.customers, 3);
  const ids = await store.all(sql`SELECT value FROM customer_identities WHERE kind = 'external' ORDER BY 1`);
  assert.deepEqual(ids, [
    { value: 'shopify:9980311896380' },
    { value: 'shopify:9980311929148' },
    { value: 'shopify:9980311962000' },
  ]);
  const profile = await store.one(
    sql`SELECT phone, city, region, country FROM customers WHERE email = 'isabel@example.com'`,
  );
  assert.deepEqual(profile, { phone: '+573150000000', city: 'Envigado', region: 'ANT', country: 'CO' });
  const consents = await store.all(
    sql`SELECT channel, status, count(*) AS n FROM consents GROUP BY ALL ORDER BY 1, 2`,
  );
  assert.deepEqual(consents, [
    { channel: 'email', status: 'subscribed', n: 3n },
    { channel: 'sms', status: 'unsubscribed', n: 3n },
  ]);
  const attributes = await store.all(
    sql`SELECT name, value FROM customer_attributes WHERE customer_id = (SELECT customer_id FROM customers WHERE email = 'isabel@example.com') ORDER BY name`,
  );
  assert.deepEqual(
    attributes.map((a) => a.name),
    [
      'Accepts WhatsApp Marketing',
      'Default Address Address1',
      'Default Address Address2',
      'Default Address Phone',
      'Tags',
      'Tax Exempt',
      'Total Orders',
      'Total Spent',
    ],
  );
  store.close();
});

test('Shopify customers, 2022 generation: no id, so customers are keyed by email', async () => {
  const { store, result: r } = await importFixture('shopify-customers-2022.csv');
  assert.equal(r.source, 'shopify-customers');
  assert.equal(r.rows_read, 2);
  assert.equal(r.rows_loaded, 2);
  assert.equal(r.customers, 2);
  const rows = await store.all(
    sql`SELECT email, phone, city, country, postal_code FROM customers ORDER BY email`,
  );
  assert.deepEqual(rows, [
    {
      email: 'anna@example.de',
      phone: '+491600000000',
      city: 'Münster',
      country: 'DE',
      postal_code: '48163',
    },
    { email: 'mary@example.com', phone: null, city: null, country: null, postal_code: null },
  ]);
  const consents =
    await store.one(sql`SELECT count(*) FILTER (WHERE channel = 'email' AND status = 'subscribed') AS email,
      count(*) FILTER (WHERE channel = 'sms' AND status = 'unsubscribed') AS sms FROM consents`);
  assert.deepEqual(consents, { email: 2n, sms: 2n });
  store.close();
});

test('Shopify customers and orders share one source: a customers-export customer owns their orders', async () => {
  const { store } = await importFixture('shopify-customers.csv');
  const { result } = await importFixture('shopify-orders.csv', {}, store);
  assert.equal(result.customers, 3);
  assert.equal(result.customers_created, 2);
  const owner = await store.all(sql`SELECT o.external_id, i.value FROM orders o
      JOIN customer_identities i ON i.customer_id = o.customer_id AND i.kind = 'external' ORDER BY 1`);
  assert.deepEqual(owner, [{ external_id: '#1042', value: 'shopify:9980311962000' }]);
  const people = await store.one(sql`SELECT count(*) AS n FROM customers WHERE merged_into IS NULL`);
  assert.deepEqual(people, { n: 5n });
  store.close();
});

test('Shopify orders: every line of a test order is quarantined, not only its first', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'patron-shopify-'));
  const lines = readFileSync(new URL('./fixtures/shopify-orders.csv', import.meta.url), 'utf8').split('\n');
  const [header, , continuation, , , testOrder] = lines as [string, string, string, string, string, string];
  const path = join(dir, 'orders_export_1.csv');
  writeFileSync(path, [header, testOrder, continuation.replaceAll('#1042', '#1045')].join('\n'));
  const { store, result } = await importFixture(path);
  rmSync(dir, { recursive: true, force: true });
  assert.equal(result.rows_quarantined, 2);
  store.close();
});
