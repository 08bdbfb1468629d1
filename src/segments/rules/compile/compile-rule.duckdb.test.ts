import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type Store, sql } from '../../../store/index.ts';
import type { ValueNode } from '../ast/value-node.ts';
import { DEFAULT_CATALOGUE } from '../catalogue/default-catalogue.ts';
import { parseRule } from '../parse/parse-rule.ts';
import { AS_OF, openProfileStore } from '../testing/open-profile-store.ts';
import { compileRule } from './compile-rule.ts';
import { dateValueSql } from './date-value-sql.ts';

// Fixture customers (testing/open-profile-store.ts), as of 2024-06-30:
// 1 Ada  GB marketing     last 2024-06-20  5 orders  450  Champions        active   churn 0.1   clv 900   vip
// 2 Ben  FR no marketing  last 2024-05-31  3 orders  120  At Risk          at_risk  churn 0.8   clv 300
// 3 Cleo US marketing     last 2024-01-15  1 order    40  Hibernating      lapsed   —           —         vip
// 4 Dan  GB marketing ?   last 2024-06-01  3 orders  250  Can't Lose Them  lapsed   churn 0.75  clv 600
// 5 Eve  —  marketing     no orders        0          0  —                new      —           —
// 6 Finn FR marketing     last 2024-06-30  2 orders  510  Loyal            active   churn 0.2   clv 1000  (left vip)
let store: Store;
before(async () => {
  store = await openProfileStore();
});
after(() => store.close());

async function members(text: string, asOf = AS_OF): Promise<number[]> {
  const result = parseRule(text);
  if (!result.ok) return assert.fail(result.issues[0]?.message);
  const condition = compileRule(result.value, DEFAULT_CATALOGUE, { asOf });
  const rows = await store.all<{ id: number }>(
    sql`SELECT CAST(p.customer_id AS INTEGER) AS id FROM customer_profile p WHERE ${condition} ORDER BY 1`,
  );
  return rows.map((r) => r.id);
}

test('the example rules select the customers worked out by hand', async () => {
  // -30d is 2024-05-31: Ben's last order on that day is not after it; Finn has only 2 orders.
  assert.deepEqual(await members('number_of_orders >= 3 AND last_order_date > -30d'), [1, 4]);
  assert.deepEqual(await members("amount_spent BETWEEN 100 AND 500 AND country IN ('GB', 'FR')"), [1, 2, 4]);
  assert.deepEqual(
    await members("rfm_group = 'At Risk' OR (lifecycle_stage = 'lapsed' AND amount_spent > 200)"),
    [2, 4],
  );
  // Since 2024-04-01: Ada's 06-20 and 05-10 (two bread lines, one order); Ben's 05-31 and 04-01 (his return is
  // not a sale); Dan's rye in 'BREAD' counts but his 07-05 order is after the analysis date; Finn has one.
  assert.deepEqual(await members("products_purchased(category: 'Bread', since: -90d) >= 2"), [1, 2]);
  assert.deepEqual(await members("NOT in_segment('vip') AND accepts_marketing = true"), [5, 6]);
  assert.deepEqual(await members('churn_probability > 0.7'), [2, 4]);
  assert.deepEqual(await members('predicted_clv > 500'), [1, 4, 6]);
});

test('relative dates around the analysis date', async () => {
  assert.deepEqual(await members('last_order_date >= -30d'), [1, 2, 4, 6]);
  assert.deepEqual(await members('last_order_date = 0d'), [6]);
  assert.deepEqual(await members('last_order_date > 0d'), []);
  assert.deepEqual(await members('last_order_date > -2w'), [1, 6]);
  assert.deepEqual(await members('last_order_date > -1m'), [1, 2, 4, 6]);
  assert.deepEqual(await members('last_order_date < -5m'), [3]);
  assert.deepEqual(await members('last_order_date < -6m'), []);
  assert.deepEqual(await members('last_order_date >= -1y'), [1, 2, 3, 4, 6]);
  assert.deepEqual(await members("last_order_date BETWEEN '2024-06-01' AND 0d"), [1, 4, 6]);
  // The same rule on another day: the window moves with the analysis date.
  assert.deepEqual(await members('last_order_date <= -30d'), [2, 3]);
  assert.deepEqual(await members('last_order_date <= -30d', '2024-07-10'), [2, 3, 4]);
});

test('relative date arithmetic: calendar months clamp to the month end', async () => {
  const date = async (value: ValueNode, asOf: string) => {
    const row = await store.one<{ d: string }>(
      sql`SELECT CAST(${dateValueSql(value, asOf)} AS VARCHAR) AS d`,
    );
    return row?.d;
  };
  assert.equal(await date({ kind: 'relative_date', amount: -1, unit: 'm' }, '2024-03-31'), '2024-02-29');
  assert.equal(await date({ kind: 'relative_date', amount: -1, unit: 'y' }, '2024-02-29'), '2023-02-28');
  assert.equal(await date({ kind: 'relative_date', amount: -2, unit: 'w' }, '2024-01-10'), '2023-12-27');
  assert.equal(await date({ kind: 'relative_date', amount: 0, unit: 'd' }, '2024-06-30'), '2024-06-30');
  assert.equal(await date({ kind: 'relative_date', amount: 7, unit: 'd' }, '2024-06-30'), '2024-07-07');
});

test('products_purchased: since and until are inclusive, filters match ignoring case', async () => {
  // [2024-04-01, 2024-05-31]: Ben's orders on both edges; Ada has only 05-10 in it.
  assert.deepEqual(await members("products_purchased(category: 'Bread', since: -90d, until: -30d) = 2"), [2]);
  assert.deepEqual(await members("products_purchased(category: 'bread', since: -90d, until: -30d) = 1"), [1]);
  // Without `until`, orders count up to the day before the analysis date, as features do: Finn's
  // sourdough order on the analysis date itself is not counted yet.
  assert.deepEqual(await members("products_purchased(product: 'SOURDOUGH') >= 1"), [1, 2]);
  // An until past the analysis date reaches Dan's July order.
  assert.deepEqual(await members("products_purchased(product: 'sourdough', until: 10d) >= 1"), [1, 2, 4, 6]);
  assert.deepEqual(await members("products_purchased(sku: 'cof-1') = 2"), [1]);
  assert.deepEqual(await members("products_purchased(category: 'Bread', product: 'Flat White') > 0"), []);
  assert.deepEqual(await members("products_purchased(since: '2024-06-29') >= 1"), [6]);
  assert.deepEqual(await members('products_purchased() = 0'), [3, 5]);
});

test('missing values: a condition on NULL is false, and NOT of it is true', async () => {
  assert.deepEqual(await members('NOT churn_probability > 0.7'), [1, 3, 5, 6]);
  assert.deepEqual(await members("country != 'GB'"), [2, 3, 6]);
  assert.deepEqual(await members("country NOT IN ('GB')"), [2, 3, 6]);
  assert.deepEqual(await members('country IS NULL'), [5]);
  assert.deepEqual(await members('accepts_marketing = false'), [2]);
  assert.deepEqual(await members('NOT accepts_marketing = true'), [2, 4]);
  assert.deepEqual(await members('amount_spent NOT BETWEEN 100 AND 500'), [3, 5, 6]);
});

test('text, enum and boolean comparisons', async () => {
  assert.deepEqual(await members("city = 'LONDON'"), [1]);
  assert.deepEqual(await members("first_name IN ('ada', 'BEN')"), [1, 2]);
  assert.deepEqual(await members("rfm_group = 'can''t lose them'"), [4]);
  assert.deepEqual(await members("lifecycle_stage = 'at risk'"), [2]);
  assert.deepEqual(await members("country = 'fr'"), [2, 6]);
  assert.deepEqual(await members("in_segment('vip') = false"), [2, 4, 5, 6]);
  assert.deepEqual(await members("in_segment('VIP lapsed')"), [2]);
  assert.deepEqual(await members('number_of_orders > 2.6'), [1, 2, 4]);
});
