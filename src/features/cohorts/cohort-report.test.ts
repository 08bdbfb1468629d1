import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PatronError } from '../../errors/index.ts';
import { storeWithOrders } from '../lifecycle/orders-fixture.ts';
import { cohortActivitySql } from './cohort-activity-sql.ts';
import { cohortReport } from './cohort-report.ts';

const LINES = [
  '1,2024-01-05,A,B1,Loaf,Bread,2,5,shop', // A's first order: Bread 10 is its largest line
  '1,2024-01-05,A,C1,Tart,Cakes,1,4,shop',
  '2,2024-02-10,A,B1,Loaf,Bread,1,5,shop',
  '3,2024-03-15,A,C2,Gateau,Cakes,1,8,online',
  '4,2024-01-20,B,C3,Cake,Cakes,1,20,online',
  '5,2024-01-25,B,C3,Cake,Cakes,-1,5,online', // a return in B's first month
  '6,2024-03-01,B,B1,Loaf,Bread,2,5,shop',
  '7,2024-02-03,C,B2,Roll,Bread,1,6,shop',
  '8,2024-02-20,C,C4,Slice,Cakes,1,10,online', // a second order in the same month
  '9,2024-02-28,D,C5,Bake,Cakes,1,12,online',
  '10,2024-04-02,D,B1,Loaf,Bread,1,100,shop', // after as_of
  '11,2024-03-10,E,B3,Bap,Bread,1,7,shop',
  '12,2024-01-06,,B1,Loaf,Bread,1,50,shop', // a guest
  '13,2024-02-01,F,C1,Tart,Cakes,-1,3,shop', // returns only: no cohort
  '14,2024-03-20,H,C1,Tart,Cakes,1,5,', // equal lines: the alphabetically first category; no channel
  '14,2024-03-20,H,B1,Loaf,Bread,1,5,',
];

const AS_OF = '2024-04-01';

test('the cohort query binds as_of and the month count, and splits by the first order', () => {
  const { text, values } = cohortActivitySql(AS_OF, 'channel', 3).render();
  assert.deepEqual(values, [AS_OF, AS_OF, 3]);
  assert.match(text, /coalesce\(channel, 'Unknown'\) AS cohort_group FROM firsts/);
  assert.match(text, /WHERE k BETWEEN 0 AND \$3/);
});

test('cohorts by acquisition month: retention and revenue per customer, unseen months null', async () => {
  const { store } = await storeWithOrders(LINES, AS_OF);
  const r = await cohortReport(store, { months: 3 });
  assert.equal(r.as_of, AS_OF);
  assert.deepEqual(r.cohorts, [
    // A and B: January 14 + 20 − 5 = 29; February A 5; March A 8 + B 10.
    {
      label: '2024-01',
      month: '2024-01',
      group: null,
      size: 2,
      retention: [1, 0.5, 1, null],
      revenue_per_customer: [14.5, 2.5, 9, null],
    },
    // C and D: February 6 + 10 + 12 = 28; nobody in March; D's April order is after as_of.
    {
      label: '2024-02',
      month: '2024-02',
      group: null,
      size: 2,
      retention: [1, 0, null, null],
      revenue_per_customer: [14, 0, null, null],
    },
    {
      label: '2024-03',
      month: '2024-03',
      group: null,
      size: 2,
      retention: [1, null, null, null],
      revenue_per_customer: [8.5, null, null, null],
    },
  ]);
  store.close();
});

test('split by the category of the first order largest line', async () => {
  const { store } = await storeWithOrders(LINES, AS_OF);
  const r = await cohortReport(store, { by: 'category', months: 2 });
  assert.deepEqual(
    r.cohorts.map((c) => [c.label, c.size, c.retention, c.revenue_per_customer]),
    [
      ['2024-01 · Bread', 1, [1, 1, 1], [14, 5, 8]],
      ['2024-01 · Cakes', 1, [1, 0, 1], [15, 0, 10]],
      ['2024-02 · Bread', 1, [1, 0, null], [16, 0, null]],
      ['2024-02 · Cakes', 1, [1, 0, null], [12, 0, null]],
      ['2024-03 · Bread', 2, [1, null, null], [8.5, null, null]],
    ],
  );
  store.close();
});

test('split by the first order channel, with no channel as Unknown', async () => {
  const { store } = await storeWithOrders(LINES, AS_OF);
  const r = await cohortReport(store, { by: 'channel', months: 1 });
  assert.deepEqual(
    r.cohorts.map((c) => [c.label, c.size, c.retention, c.revenue_per_customer]),
    [
      ['2024-01 · online', 1, [1, 0], [15, 0]],
      ['2024-01 · shop', 1, [1, 1], [14, 5]],
      ['2024-02 · online', 1, [1, 0], [12, 0]],
      ['2024-02 · shop', 1, [1, 0], [16, 0]],
      ['2024-03 · shop', 1, [1, null], [7, null]],
      ['2024-03 · Unknown', 1, [1, null], [10, null]],
    ],
  );
  store.close();
});

test('as_of defaults to the features date; a later as_of sees further', async () => {
  const { store } = await storeWithOrders(LINES, AS_OF);
  const later = await cohortReport(store, { months: 3, asOf: '2024-05-01' });
  // D's April order now counts: February cohort month 2 has D with 100.
  assert.deepEqual(later.cohorts[1]?.retention, [1, 0, 0.5, null]);
  assert.deepEqual(later.cohorts[1]?.revenue_per_customer, [14, 0, 50, null]);
  assert.equal((await cohortReport(store)).cohorts[0]?.retention.length, 13);
  store.close();
});

test('degenerate inputs: no orders, one customer with one order, months 0', async () => {
  const empty = await storeWithOrders([]);
  assert.deepEqual(await cohortReport(empty.store), { as_of: null, by: 'month', months: 12, cohorts: [] });
  empty.store.close();
  const one = await storeWithOrders(['1,2024-03-10,A,B1,Loaf,Bread,1,7,shop']);
  const r = await cohortReport(one.store, { months: 0 });
  assert.deepEqual(r, {
    as_of: '2024-03-11',
    by: 'month',
    months: 0,
    cohorts: [
      { label: '2024-03', month: '2024-03', group: null, size: 1, retention: [1], revenue_per_customer: [7] },
    ],
  });
  await assert.rejects(
    cohortReport(one.store, { months: -1 }),
    (e: unknown) => e instanceof PatronError && e.code === 'invalid_cohort_options',
  );
  one.store.close();
});
