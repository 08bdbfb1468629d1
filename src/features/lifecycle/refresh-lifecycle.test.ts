import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PatronError } from '../../errors/index.ts';
import { sql } from '../../store/index.ts';
import { refreshFeatures } from '../index.ts';
import { DEFAULT_LIFECYCLE_SETTINGS } from './lifecycle-settings.ts';
import { storeWithOrders } from './orders-fixture.ts';
import { refreshLifecycle } from './refresh-lifecycle.ts';

const AS_OF = '2024-07-01';
let orderNo = 0;

/** `YYYY-MM-DD` this many days before AS_OF. */
function daysBefore(days: number): string {
  return new Date(Date.UTC(2024, 6, 1) - days * 86_400_000).toISOString().slice(0, 10);
}

/** One 10.00 sale per day listed (days before AS_OF), or a return with `quantity` -1. */
function orders(customer: string, days: readonly number[], quantity = 1): string[] {
  return days.map((d) => `${++orderNo},${daysBefore(d)},${customer},S1,Bun,Bread,${quantity},10.00,shop`);
}

// First-to-second gaps of the repeat buyers: 1 1 4 20 20 20 20 20 20 20 100 100 195, median 20.
const LINES = [
  ...orders('REG', [100, 80, 60, 40, 20, 10]),
  ...orders('RISK', [130, 110, 90, 70, 50]),
  ...orders('LAPSED', [200, 180, 160, 140, 90]),
  ...orders('LOST', [300, 280, 260, 240, 150]),
  ...orders('LOST_LIMIT', [700, 600, 500, 400]),
  ...orders('LAPSED_LIMIT', [390, 290, 190]),
  ...orders('NEW', [10, 0]),
  ...orders('NEW_EDGE', [30]),
  ...orders('ONE_RISK', [31]),
  ...orders('ONE_LAPSED', [80]),
  ...orders('ONE_LOST', [120]),
  ...orders('BLEND', [16, 12]),
  ...orders('DAILY', [9, 8, 7, 6, 5]),
  ...orders('DAILY_RISK', [15, 14, 13, 12, 11]),
  ...orders('REACT', [300, 280, 260, 20]),
  ...orders('REACT_ONE', [200, 5]),
  ...orders('NOT_REACT', [100, 80, 60, 5]),
  ...orders('SAME_DAY', [10, 10]),
  ...orders('RET', [40, 20]),
  ...orders('RET', [15], -1),
  ...orders('ONLY_RETURN', [10], -1),
  ...orders('', [12]),
];

const EXPECTED: Record<string, [string, number]> = {
  REG: ['active', 20],
  RISK: ['at_risk', 20],
  LAPSED: ['lapsed', 20],
  LOST: ['lost', 20],
  LOST_LIMIT: ['lost', 100],
  LAPSED_LIMIT: ['lapsed', 100],
  NEW: ['new', 20],
  NEW_EDGE: ['new', 20],
  ONE_RISK: ['at_risk', 20],
  ONE_LAPSED: ['lapsed', 20],
  ONE_LOST: ['lost', 20],
  BLEND: ['active', 12],
  DAILY: ['active', 7],
  DAILY_RISK: ['at_risk', 7],
  REACT: ['reactivated', 20],
  REACT_ONE: ['reactivated', 107.5],
  NOT_REACT: ['active', 20],
  SAME_DAY: ['new', 20],
  RET: ['active', 20],
};

test('every stage on a real import, judged against each customer rhythm', async () => {
  const { store, customerId } = await storeWithOrders(LINES, AS_OF);
  await store.run(sql`DELETE FROM customer_lifecycle`);
  const r = await refreshLifecycle(store);
  assert.equal(r.as_of, AS_OF);
  assert.equal(r.shop_second_order_gap_days, 20);
  assert.deepEqual(r.stages, { new: 3, active: 5, reactivated: 2, at_risk: 3, lapsed: 3, lost: 3 });
  const rows = await store.all<{
    customer_id: bigint;
    stage: string;
    expected_gap_days: number;
    as_of: string;
  }>(
    sql`SELECT customer_id, stage, expected_gap_days, strftime(as_of, '%Y-%m-%d') AS as_of FROM customer_lifecycle`,
  );
  const got = new Map(rows.map((x) => [Number(x.customer_id), [x.stage, x.expected_gap_days]]));
  for (const [name, expected] of Object.entries(EXPECTED))
    assert.deepEqual(got.get(customerId(name)), expected, name);
  assert.equal(rows.length, Object.keys(EXPECTED).length, 'the return-only customer has no stage');
  assert.ok(rows.every((x) => x.as_of === AS_OF));
  assert.equal(r.changes.length, rows.length);
  assert.ok(r.changes.every((c) => c.from === null));
  store.close();
});

test('a later refresh reports the customers whose stage changed', async () => {
  const { store, customerId } = await storeWithOrders(LINES, AS_OF);
  await refreshLifecycle(store);
  await store.run(sql`CREATE TEMP TABLE stages_then AS SELECT * FROM customer_lifecycle`);
  await refreshFeatures(store, { asOf: '2024-08-01' });
  // Once refreshFeatures refreshes the lifecycle itself, put back the July stages so the changes are July → August.
  await store.run(sql`DELETE FROM customer_lifecycle`);
  await store.run(sql`INSERT INTO customer_lifecycle SELECT * FROM stages_then`);
  const r = await refreshLifecycle(store);
  const change = new Map(r.changes.map((c) => [c.customer_id, [c.from, c.to]]));
  // 31 days later (the shop gap is still 20): REG, 41 days > 1.5 × 20, is at risk. NEW's order on the old as_of
  // now counts: one 10-day gap, blended to (10 + 20) / 2 = 15, and 31 days > 22.5 is at risk.
  // ONE_RISK, 62 days > 3 × 20, is lapsed; LOST stays lost and is no change.
  assert.deepEqual(change.get(customerId('REG')), ['active', 'at_risk']);
  assert.deepEqual(change.get(customerId('NEW')), ['new', 'at_risk']);
  assert.deepEqual(change.get(customerId('ONE_RISK')), ['at_risk', 'lapsed']);
  assert.equal(change.get(customerId('LOST')), undefined);
  assert.equal((await refreshLifecycle(store)).changes.length, 0, 'the same data again changes nothing');
  store.close();
});

test('no orders: nothing to stage', async () => {
  const { store } = await storeWithOrders([]);
  const r = await refreshLifecycle(store);
  assert.deepEqual(r, {
    as_of: null,
    shop_second_order_gap_days: null,
    stages: { new: 0, active: 0, reactivated: 0, at_risk: 0, lapsed: 0, lost: 0 },
    changes: [],
  });
  store.close();
});

test('when nobody has come back, one-time buyers use the stand-in gap of 30 days', async () => {
  const { store, customerId } = await storeWithOrders(
    [...orders('A', [10]), ...orders('B', [40]), ...orders('C', [50])],
    AS_OF,
  );
  const r = await refreshLifecycle(store);
  assert.equal(r.shop_second_order_gap_days, null);
  const rows = await store.all<{ customer_id: bigint; stage: string; expected_gap_days: number }>(
    sql`SELECT customer_id, stage, expected_gap_days FROM customer_lifecycle ORDER BY customer_id`,
  );
  // 1.5 × 30 = 45: A is new, B (40 days, past the 30-day new window) active, C (50) at risk.
  const stageOf = new Map(rows.map((x) => [Number(x.customer_id), [x.stage, x.expected_gap_days]]));
  assert.deepEqual(stageOf.get(customerId('A')), ['new', 30]);
  assert.deepEqual(stageOf.get(customerId('B')), ['active', 30]);
  assert.deepEqual(stageOf.get(customerId('C')), ['at_risk', 30]);
  store.close();
});

test('settings that contradict each other are refused with a plain message', async () => {
  const { store } = await storeWithOrders([]);
  await assert.rejects(
    refreshLifecycle(store, { ...DEFAULT_LIFECYCLE_SETTINGS, lapsedFactor: 1 }),
    (e: unknown) =>
      e instanceof PatronError && e.code === 'invalid_lifecycle_settings' && /grow/.test(e.message),
  );
  store.close();
});
