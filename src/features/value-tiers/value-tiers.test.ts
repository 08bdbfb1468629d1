import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PatronError } from '../../errors/index.ts';
import { sql } from '../../store/index.ts';
import { storeWithOrders } from '../lifecycle/orders-fixture.ts';
import { refreshValueTiers } from './refresh-value-tiers.ts';
import { DEFAULT_VALUE_TIER_SETTINGS, type ValueTierSettings } from './value-tier-settings.ts';
import { valueTiersSql } from './value-tiers-sql.ts';

/** One customer per amount, named A, B, C … in order, each with one sale of that amount. */
function spends(amounts: readonly number[]): string[] {
  return amounts.map(
    (a, i) => `${i + 1},2024-03-0${(i % 9) + 1},${String.fromCharCode(65 + i)},S1,Hamper,Gifts,1,${a},shop`,
  );
}

/** Tiers by customer letter, after importing `lines` and refreshing the tiers. */
async function tiersOf(lines: readonly string[], settings: ValueTierSettings = DEFAULT_VALUE_TIER_SETTINGS) {
  const { store, customerId } = await storeWithOrders(lines, '2024-04-01');
  const summary = await refreshValueTiers(store, settings);
  const rows = await store.all<{ customer_id: bigint; tier: string }>(
    sql`SELECT customer_id, tier FROM customer_value_tiers`,
  );
  const byId = new Map(rows.map((r) => [Number(r.customer_id), r.tier]));
  const letters = [...new Set(lines.map((l) => l.split(',')[2] ?? ''))].filter((c) => c !== '');
  const tiers = letters.map((c) => `${c}:${byId.get(customerId(c)) ?? '-'}`).join(' ');
  store.close();
  return { tiers, summary };
}

test('the shares are bound as whole parts per million', () => {
  const { text, values } = valueTiersSql({ highShare: 0.3, mediumShare: 0.3 }).render();
  assert.deepEqual(values, [1_000_000, 300_000, 1_000_000, 600_000]);
  assert.match(
    text,
    /\$1 \* \(rank\(\) OVER \(ORDER BY round\(amount_spent, 4\) DESC\) - 1\) < \$2 \* count\(\*\) OVER \(\) THEN 'high'/,
  );
  assert.match(text, /FROM customer_features WHERE number_of_orders >= 1/);
});

test('top 20 % high, next 30 % medium, the rest low', async () => {
  const { tiers, summary } = await tiersOf(spends([100, 90, 80, 70, 60, 50, 40, 30, 20, 10]));
  assert.equal(tiers, 'A:high B:high C:medium D:medium E:medium F:low G:low H:low I:low J:low');
  assert.equal(summary.as_of, '2024-04-01');
  assert.equal(summary.customers, 10);
  assert.deepEqual(summary.tiers.high, {
    customers: 2,
    min_amount_spent: 90,
    max_amount_spent: 100,
    revenue_share: 0.345455, // 190 / 550
  });
  assert.equal(summary.tiers.low.customers, 5);
});

test('customers tied at a boundary all get the higher tier', async () => {
  // Ranks 1 2 2 4 5 5 5 8 9 10: high while fewer than 2 spent more, medium while fewer than 5 did.
  const { tiers } = await tiersOf(spends([100, 90, 90, 70, 60, 60, 60, 30, 20, 10]));
  assert.equal(tiers, 'A:high B:high C:high D:medium E:medium F:medium G:medium H:low I:low J:low');
});

test('a boundary inside a customer: with 7, 20 % is 1.4 customers and the second still starts inside it', async () => {
  const { tiers } = await tiersOf(spends([70, 60, 50, 40, 30, 20, 10]));
  assert.equal(tiers, 'A:high B:high C:medium D:medium E:low F:low G:low');
});

test('30 % of 10 is exactly 3 customers, whatever floating point says', async () => {
  const { tiers } = await tiersOf(spends([100, 90, 80, 70, 60, 50, 40, 30, 20, 10]), {
    highShare: 0.3,
    mediumShare: 0.1,
  });
  assert.equal(tiers, 'A:high B:high C:high D:medium E:low F:low G:low H:low I:low J:low');
});

test('net spend counts returns; customers with no sale get no tier; guests are not customers', async () => {
  const lines = [
    ...spends([100, 80, 60]),
    '10,2024-03-05,A,S1,Hamper,Gifts,-1,50,shop', // A: 100 − 50 = 50, now below B and C
    '11,2024-03-06,R,S1,Hamper,Gifts,-1,20,shop', // R only returned something
    '12,2024-03-06,,S1,Hamper,Gifts,1,999,shop', // a guest
  ];
  const { tiers, summary } = await tiersOf(lines);
  assert.equal(tiers, 'A:low B:high C:medium R:-');
  assert.equal(summary.customers, 3);
});

test('degenerate inputs: no orders, one customer, everyone equal', async () => {
  const none = await tiersOf([]);
  assert.equal(none.summary.customers, 0);
  assert.equal(none.summary.as_of, null);
  assert.deepEqual(none.summary.tiers.high, {
    customers: 0,
    min_amount_spent: null,
    max_amount_spent: null,
    revenue_share: null,
  });
  assert.equal((await tiersOf(spends([42]))).tiers, 'A:high');
  assert.equal((await tiersOf(spends([5, 5, 5, 5]))).tiers, 'A:high B:high C:high D:high');
});

test('shares that add up to more than everyone are refused', async () => {
  const { store } = await storeWithOrders([]);
  await assert.rejects(
    refreshValueTiers(store, { highShare: 0.7, mediumShare: 0.5 }),
    (e: unknown) => e instanceof PatronError && e.code === 'invalid_value_tier_settings',
  );
  store.close();
});
