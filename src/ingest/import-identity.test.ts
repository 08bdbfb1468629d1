import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { listMerges } from '../insights/index.ts';
import { openStore, sql } from '../store/index.ts';
import { DEFAULT_IMPORT_OPTIONS, importFile } from './index.ts';

const dir = mkdtempSync(join(tmpdir(), 'patron-identity-'));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

test('customers match across files by id, then email, then phone; merges are recorded', async () => {
  const store = await openStore(':memory:');
  const customers = write(
    'customers.csv',
    'customer_id,email,phone,first_name\nA1,ann@example.com,,Ann\nB2,,07700 900001,Bob\nC3,cat@example.com,,Cat\n',
  );
  const orders = write(
    'orders.csv',
    [
      'order_id,order_date,customer_id,email,phone,line_amount',
      'O1,2024-01-05,A1,,,10.00', // by id → Ann
      'O2,2024-01-06,,ANN@example.com ,,20.00', // by email (normalised) → Ann
      'O3,2024-01-07,,,+44 7700 900001,30.00', // by phone → Bob
      'O4,2024-01-08,,dan@example.com,,40.00', // new customer Dan
      'O5,2024-02-01,C3,bob@example.com,07700 900001,5.00', // id C3 (Cat) + Bob's phone → Cat and Bob merge
      'O6,2024-02-02,,,,7.50', // guest
      '',
    ].join('\n'),
  );
  const c = await importFile(store, customers, { ...DEFAULT_IMPORT_OPTIONS });
  assert.equal(c.kind, 'customers');
  assert.equal(c.customers_created, 3);
  const o = await importFile(store, orders, { ...DEFAULT_IMPORT_OPTIONS });
  assert.equal(o.rows_loaded, 6);
  assert.equal(o.customers_created, 1);
  assert.equal(o.guest_orders, 1);
  const byOrder = await store.all<{ external_id: string; first_name: string | null }>(
    sql`SELECT o.external_id, c.first_name FROM orders o LEFT JOIN customers c USING (customer_id) ORDER BY 1`,
  );
  assert.deepEqual(
    byOrder.map((r) => [r.external_id, r.first_name]),
    [
      ['O1', 'Ann'],
      ['O2', 'Ann'],
      ['O3', 'Bob'],
      ['O4', null],
      ['O5', 'Bob'],
      ['O6', null],
    ],
  );
  const merges = await listMerges(store);
  assert.equal(merges.length, 1);
  assert.equal(merges[0]?.rule, 'phone');
  assert.equal(merges[0]?.matched_value, '+447700900001');
  const active = await store.one<{ n: bigint }>(
    sql`SELECT count(*) AS n FROM customers WHERE merged_into IS NULL`,
  );
  assert.equal(Number(active?.n), 3, 'Ann, Bob (with Cat merged in) and Dan');
  const first = await store.one<{ d: string }>(
    sql`SELECT strftime(min(ordered_at), '%Y-%m-%d') AS d FROM orders WHERE customer_id = ${merges[0]?.kept_customer_id ?? 0}`,
  );
  assert.equal(first?.d, '2024-01-07', 'the merged profile keeps all orders and the earliest first order');
  store.close();
});
