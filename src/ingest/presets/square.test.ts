import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from '../../store/index.ts';
import { importFixture } from './import-fixture.ts';

test('Square item sales: items grouped by Transaction ID, refund rows as a return, net sales as value', async () => {
  const { store, result: r } = await importFixture('square-item-sales.csv');
  assert.equal(r.source, 'square-item-sales');
  assert.equal(r.kind, 'orders');
  assert.equal(r.rows_read, 3);
  assert.equal(r.rows_loaded, 3);
  assert.equal(r.rows_quarantined, 0);
  assert.equal(r.rows_duplicate, 0);
  assert.equal(r.rows_read, r.rows_loaded + r.rows_quarantined + r.rows_duplicate);
  assert.equal(r.orders, 2);
  assert.equal(r.returns, 1);
  assert.equal(r.customers, 1);
  assert.equal(r.guest_orders, 1);
  assert.equal(r.net_revenue, 7);
  const orders =
    await store.all(sql`SELECT external_id, kind, amount::DOUBLE AS amount, customer_id IS NULL AS guest,
      strftime(ordered_at, '%Y-%m-%d') AS day FROM orders ORDER BY ordered_at`);
  assert.deepEqual(
    orders.map((o) => Object.values(o)),
    [
      ['I2Xck4hS3HHE7X5DyVC7RDZsilXYZ', 'return', -9, true, '2026-07-11'],
      ['4S5oaeKrPyyWWst4wAvuQJ3qn6XYZ', 'sale', 16, false, '2026-07-18'],
    ],
  );
  const net = await store.one(sql`SELECT sum(amount)::DOUBLE AS net FROM orders`);
  assert.deepEqual(net, { net: 7 });
  const lines =
    await store.one(sql`SELECT count(*) AS n, sum(quantity)::DOUBLE AS units, count(*) FILTER (WHERE is_return) AS returned
      FROM order_lines`);
  assert.deepEqual(lines, { n: 3n, units: 1, returned: 1n });
  const ids = await store.all(sql`SELECT value FROM customer_identities WHERE kind = 'external'`);
  assert.deepEqual(ids, [{ value: 'square:GTY7JAA901CPDHWN4M3900JXYZ' }]);
  const card = await store.one(
    sql`SELECT count(*) AS n FROM order_lines WHERE json_exists(extra, '$."PAN Suffix"') OR json_exists(extra, '$."Card Brand"')`,
  );
  assert.deepEqual(card, { n: 0n });
  store.close();
});

test('Square transactions: one order per transaction, full refunds as negative rows, guests kept', async () => {
  const { store, result: r } = await importFixture('square-transactions.csv');
  assert.equal(r.source, 'square-transactions');
  assert.equal(r.rows_read, 3);
  assert.equal(r.rows_loaded, 3);
  assert.equal(r.rows_quarantined, 0);
  assert.equal(r.rows_duplicate, 0);
  assert.equal(r.orders, 3);
  assert.equal(r.returns, 1);
  assert.equal(r.customers, 1);
  assert.equal(r.guest_orders, 1);
  assert.equal(r.net_revenue, 22.5);
  const orders = await store.all(
    sql`SELECT external_id, kind, amount::DOUBLE AS amount, channel, status FROM orders ORDER BY ordered_at`,
  );
  assert.deepEqual(
    orders.map((o) => Object.values(o)),
    [
      ['H0gwRVidtViqrKOeFk52Ogi0gXYZ', 'sale', 22.5, null, 'Complete'],
      ['Ra8TXXXXXXXXXXXXXXXXXXXXXXXX1', 'sale', 8, 'Example Arts Center', 'Complete'],
      ['Rc0VXXXXXXXXXXXXXXXXXXXXXXXX2', 'return', -8, 'Example Arts Center', 'Complete'],
    ],
  );
  const customer =
    await store.one(sql`SELECT full_name, count(o.order_id) AS orders, sum(o.amount)::DOUBLE AS net
      FROM customers c JOIN orders o USING (customer_id) GROUP BY ALL`);
  assert.deepEqual(customer, { full_name: 'Jane D.', orders: 2n, net: 0 });
  store.close();
});
