import assert from 'node:assert/strict';
import { test } from 'node:test';
import { choosePreset } from '../presets/choose-preset.ts';
import { onlineRetail } from '../presets/online-retail.ts';
import { resolveMapping } from './resolve-mapping.ts';

const OR_HEADERS = [
  'InvoiceNo',
  'StockCode',
  'Description',
  'Quantity',
  'InvoiceDate',
  'UnitPrice',
  'CustomerID',
  'Country',
];

test('a vendor header picks its preset and says why', () => {
  const choice = choosePreset(OR_HEADERS, 'auto', 'f.csv');
  assert.equal(choice.preset?.id, 'online-retail');
  assert.match(choice.reason, /InvoiceNo/);
});

test('common names map automatically; leftovers are listed as unmapped', () => {
  const m = resolveMapping(['Order ID', 'Date', 'Email', 'Total', 'Gift wrap'], undefined, {}, 'f.csv');
  assert.equal(m.kind, 'orders');
  assert.deepEqual(m.fields.order_id, [0]);
  assert.deepEqual(m.fields.order_date, [1]);
  assert.deepEqual(m.fields.email, [2]);
  assert.deepEqual(m.fields.order_total, [3]);
  assert.deepEqual(m.unmapped, [4]);
});

test('--map overrides by name, by position, and joins columns', () => {
  const m = resolveMapping(
    ['cust', 'day', 'value'],
    undefined,
    { order_id: 'cust+day', order_date: '#2', line_amount: 'value', customer_id: 'cust' },
    'f.csv',
  );
  assert.deepEqual(m.fields.order_id, [0, 1]);
  assert.deepEqual(m.fields.order_date, [1]);
});

test('a preset mapping wins over names, and --map wins over the preset', () => {
  const m = resolveMapping(OR_HEADERS, onlineRetail, { product_name: 'StockCode' }, 'f.csv');
  assert.deepEqual(m.fields.customer_id, [6]);
  assert.deepEqual(m.fields.product_name, [1]);
});

test('mistakes get a suggestion', () => {
  assert.throws(() => resolveMapping(['a'], undefined, { ordr_id: 'a' }, 'f.csv'), /Did you mean 'order_id'/);
  assert.throws(
    () => resolveMapping(['Invoice', 'Date'], undefined, { order_id: 'Invoce' }, 'f.csv'),
    /Did you mean 'Invoice'/,
  );
  assert.throws(() => choosePreset(OR_HEADERS, 'online-retial', 'f.csv'), /Did you mean 'online-retail'/);
});

test('a missing required column fails the file and says how to fix it', () => {
  assert.throws(
    () => resolveMapping(['order_id', 'total'], undefined, {}, 'f.csv'),
    (e: Error & { code?: string }) => {
      assert.equal(e.code, 'missing_required_column');
      assert.match(e.message, /order_date/);
      assert.match(e.message, /--map/);
      return true;
    },
  );
});
