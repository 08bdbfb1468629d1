import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mappingWith } from '../src/imports/mapping-with.ts';

const columns = [
  { header: 'Ref', field: null },
  { header: 'When', field: 'order_date' },
  { header: 'Total', field: 'order_total' },
];

test('a column gets the chosen field; the others keep theirs', () => {
  assert.deepEqual(mappingWith(columns, 'Ref', 'order_id'), {
    order_id: 'Ref',
    order_date: 'When',
    order_total: 'Total',
  });
});

test('a field moves from the column that held it', () => {
  assert.deepEqual(mappingWith(columns, 'Ref', 'order_date'), { order_date: 'Ref', order_total: 'Total' });
});

test('no field: the column drops out of the mapping', () => {
  assert.deepEqual(mappingWith(columns, 'Total', null), { order_date: 'When' });
});
