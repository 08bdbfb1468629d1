import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fitEncoder, MAX_LEVELS } from './fit-encoder.ts';
import type { Table } from './table.ts';

const table: Table = {
  n: 8,
  columns: [
    { name: 'spend', kind: 'numeric', values: Float64Array.of(1, 2, 3, Number.NaN, 5, 6, 7, 8) },
    { name: 'plan', kind: 'categorical', values: ['a', 'a', 'a', 'b', 'b', 'b', 'rare', null] },
  ],
};
const y = [0, 0, 1, 1, 1, 1, 0, 1];
const rows = [0, 1, 2, 3, 4, 5, 6, 7];

test('linear: standardised numbers, mean plus indicator for missing, one-hot with rare levels grouped', () => {
  const encoder = fitEncoder(table, rows, y, { kind: 'linear', minLevelCount: 2 });
  assert.deepEqual(encoder.names, [
    'spend',
    'spend_missing',
    'plan=a',
    'plan=b',
    'plan=(missing)',
    'plan=(other)',
  ]);
  assert.deepEqual(Array.from(encoder.sources), [0, 0, 1, 1, 1, 1]);
  const x = encoder.transform(table);
  // Mean of the 7 observed values is 32/7; the missing row gets 0 (the mean) and indicator 1.
  assert.equal(x.data[3 * x.d], 0);
  assert.equal(x.data[3 * x.d + 1], 1);
  assert.deepEqual(Array.from(x.data.subarray(6 * x.d + 2, 7 * x.d)), [0, 0, 0, 1]); // 'rare' → (other)
  assert.deepEqual(Array.from(x.data.subarray(7 * x.d + 2, 8 * x.d)), [0, 0, 1, 0]); // null → (missing)
  const unseen = encoder.transform({
    n: 1,
    columns: [table.columns[0]!, { name: 'plan', kind: 'categorical', values: ['new'] }],
  });
  assert.deepEqual(Array.from(unseen.data.subarray(2)), [0, 0, 0, 1]);
});

test('tree: raw numbers with NaN kept, categorical codes ordered by positive rate', () => {
  const encoder = fitEncoder(table, rows, y, { kind: 'tree', minLevelCount: 2 });
  assert.deepEqual(encoder.names, ['spend', 'plan']);
  const x = encoder.transform(table);
  assert.ok(Number.isNaN(x.data[3 * 2]!));
  // Codes follow the smoothed positive rate: a (1 of 3) comes before b (3 of 3).
  const code = (row: number) => x.data[row * 2 + 1]!;
  assert.ok(code(0) < code(3), 'a (rate 1/3) before b (rate 1)');
});

test('a column with a hundred frequent levels keeps the 50 most frequent', () => {
  const n = 3000;
  const values = Array.from({ length: n }, (_, i) => `L${i % 100}`); // 30 rows each, above the minimum of 15
  const big: Table = { n, columns: [{ name: 'city', kind: 'categorical', values }] };
  const encoder = fitEncoder(
    big,
    Array.from({ length: n }, (_, i) => i),
    new Array(n).fill(0),
    { kind: 'linear' },
  );
  assert.equal(encoder.names.length, MAX_LEVELS + 1); // + (other)
});
