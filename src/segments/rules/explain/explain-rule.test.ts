import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Store } from '../../../store/index.ts';
import type { RuleNode } from '../ast/rule-node.ts';
import { DEFAULT_CATALOGUE } from '../catalogue/default-catalogue.ts';
import { parseRule } from '../parse/parse-rule.ts';
import { AS_OF, openProfileStore } from '../testing/open-profile-store.ts';
import { spanOf } from '../testing/span-of.ts';
import { explainRule } from './explain-rule.ts';

let store: Store;
before(async () => {
  store = await openProfileStore();
});
after(() => store.close());

function parsed(text: string): RuleNode {
  const result = parseRule(text);
  if (!result.ok) return assert.fail(result.issues[0]?.message);
  return result.value;
}

test('every condition with whether it held, the value, its text and span', async () => {
  const text = 'number_of_orders >= 3 AND last_order_date > -30d';
  const at = (fragment: string) => spanOf(text, fragment);
  // Ben: 3 orders, last on 2024-05-31, which is not after 2024-05-31.
  assert.deepEqual(await explainRule(store, parsed(text), DEFAULT_CATALOGUE, 2, AS_OF), {
    ok: true,
    value: {
      customerId: 2,
      asOf: AS_OF,
      matched: false,
      conditions: [
        {
          text: 'number_of_orders >= 3',
          held: true,
          subject: 'number_of_orders',
          value: 3,
          span: at('number_of_orders >= 3'),
        },
        {
          text: 'last_order_date > -30d',
          held: false,
          subject: 'last_order_date',
          value: '2024-05-31',
          span: at('last_order_date > -30d'),
        },
      ],
    },
  });
});

test('functions, canonical values, missing values and NOT', async () => {
  const text =
    "rfm_group = 'at risk' OR (NOT in_segment('vip') AND products_purchased(category: 'bread', since: -90d) >= 2) OR churn_probability > 0.7";
  const result = await explainRule(store, parsed(text), DEFAULT_CATALOGUE, 1, AS_OF);
  assert.ok(result.ok);
  // Ada: a Champion in vip with two bread orders since 2024-04-01 and churn 0.1 — nothing holds but the count.
  assert.equal(result.value.matched, false);
  assert.deepEqual(
    result.value.conditions.map(({ text, held, subject, value }) => ({ text, held, subject, value })),
    [
      { text: "rfm_group = 'At Risk'", held: false, subject: 'rfm_group', value: 'Champions' },
      { text: "in_segment('vip')", held: true, subject: "in_segment('vip')", value: true },
      {
        text: "products_purchased(category: 'bread', since: -90d) >= 2",
        held: true,
        subject: "products_purchased(category: 'bread', since: -90d)",
        value: 2,
      },
      { text: 'churn_probability > 0.7', held: false, subject: 'churn_probability', value: 0.1 },
    ],
  );
  const eve = await explainRule(
    store,
    parsed('churn_probability > 0.7 OR country IS NULL'),
    DEFAULT_CATALOGUE,
    5,
    AS_OF,
  );
  assert.ok(eve.ok);
  assert.equal(eve.value.matched, true);
  assert.deepEqual(
    eve.value.conditions.map(({ held, value }) => ({ held, value })),
    [
      { held: false, value: null },
      { held: true, value: null },
    ],
  );
});

test('the overall result agrees with the compiled rule for every fixture customer', async () => {
  const text = "(country IN ('GB', 'FR') AND NOT accepts_marketing = false) OR last_order_date < -5m";
  const matched: number[] = [];
  for (const id of [1, 2, 3, 4, 5, 6]) {
    const result = await explainRule(store, parsed(text), DEFAULT_CATALOGUE, id, AS_OF);
    assert.ok(result.ok);
    if (result.value.matched) matched.push(id);
  }
  assert.deepEqual(matched, [1, 3, 4, 6]);
});

test('a bad rule gives the check issues; an unknown customer says so', async () => {
  const bad = await explainRule(store, parsed('numbr_of_orders > 3'), DEFAULT_CATALOGUE, 1, AS_OF);
  assert.equal(bad.ok, false);
  assert.equal(!bad.ok && bad.issues[0]?.code, 'unknown_field');
  assert.deepEqual(await explainRule(store, parsed('amount_spent > 1'), DEFAULT_CATALOGUE, 99, AS_OF), {
    ok: false,
    issues: [{ code: 'unknown_customer', message: 'there is no customer 99' }],
  });
});
