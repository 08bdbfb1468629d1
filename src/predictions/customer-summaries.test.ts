import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openStore, sql } from '../store/index.ts';
import { customerSummariesSql, readCustomerSummaries } from './index.ts';

const SOURCE = sql`SELECT * FROM (VALUES
    ('A', DATE '2024-01-01', 10.0), ('A', DATE '2024-01-01', 5.0), ('A', DATE '2024-01-15', 20.0),
    ('A', DATE '2024-01-29', 30.0), ('A', DATE '2024-02-20', 7.0),
    ('B', DATE '2024-01-08', 12.0),
    ('C', DATE '2024-02-10', 9.0)
  ) t(customer_key, day, amount)`;

test('summaries merge same-day purchases and measure x, tx, T, spend and holdout in weeks', async () => {
  const store = await openStore(':memory:');
  try {
    const s = await readCustomerSummaries(store, SOURCE, {
      periodEnd: '2024-02-05',
      holdoutEnd: '2024-03-01',
      unit: 'week',
    });
    // C first bought after the period end: left out.
    assert.deepEqual(s.keys, ['A', 'B']);
    // A: days 01-01 (15 merged), 01-15, 01-29 → x 2, tx 28 days = 4 weeks, T 35 days = 5 weeks
    assert.deepEqual([...s.histories.x], [2, 0]);
    assert.deepEqual([...s.histories.tx], [4, 0]);
    assert.deepEqual([...s.histories.T], [5, 4]);
    // repeat purchases of A: 20 and 30 → mean 25; B has none
    assert.equal(s.monetary[0], 25);
    assert.ok(Number.isNaN(s.monetary[1] as number));
    assert.deepEqual([...s.holdout], [1, 0]);
    assert.deepEqual([...s.totalAmount], [65, 12]);
  } finally {
    store.close();
  }
});

test('the summary SQL binds the dates as values', () => {
  const { values } = customerSummariesSql(SOURCE, { periodEnd: '2024-02-05', unit: 'day' }).render();
  assert.ok(values.includes('2024-02-05'));
});
