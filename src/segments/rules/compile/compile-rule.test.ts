import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PatronError } from '../../../errors/index.ts';
import type { RuleNode } from '../ast/rule-node.ts';
import { DEFAULT_CATALOGUE } from '../catalogue/default-catalogue.ts';
import { parseRule } from '../parse/parse-rule.ts';
import { compileRule } from './compile-rule.ts';

function parsed(text: string): RuleNode {
  const result = parseRule(text);
  if (!result.ok) return assert.fail(result.issues[0]?.message);
  return result.value;
}

function rendered(text: string) {
  return compileRule(parsed(text), DEFAULT_CATALOGUE, { asOf: '2024-06-30' }).render();
}

test('comparisons and relative dates: values and the analysis date are parameters', () => {
  assert.deepEqual(rendered('number_of_orders >= 3 AND last_order_date > -30d'), {
    text:
      '(coalesce(p."number_of_orders" >= CAST($1 AS DOUBLE), false) AND ' +
      'coalesce(p."last_order_date" > CAST(CAST($2 AS DATE) + to_days(CAST($3 AS INTEGER)) AS DATE), false))',
    values: [3, '2024-06-30', -30],
  });
});

test('weeks are seven days; months and years are calendar intervals; absolute dates are cast', () => {
  const { text, values } = rendered(
    "last_order_date > -2w OR first_order_date < -6m OR signup_date >= -1y OR last_order_date = '2024-01-31'",
  );
  assert.equal(
    text,
    '(coalesce(p."last_order_date" > CAST(CAST($1 AS DATE) + to_days(CAST($2 AS INTEGER)) AS DATE), false) OR ' +
      'coalesce(p."first_order_date" < CAST(CAST($3 AS DATE) + to_months(CAST($4 AS INTEGER)) AS DATE), false) OR ' +
      'coalesce(p."signup_date" >= CAST(CAST($5 AS DATE) + to_years(CAST($6 AS INTEGER)) AS DATE), false) OR ' +
      'coalesce(p."last_order_date" = CAST($7 AS DATE), false))',
  );
  assert.deepEqual(values, ['2024-06-30', -14, '2024-06-30', -6, '2024-06-30', -1, '2024-01-31']);
});

test('BETWEEN, IN with upper-cased country codes, text compared ignoring case', () => {
  assert.deepEqual(rendered("amount_spent BETWEEN 100 AND 500 AND country IN ('gb', 'FR')"), {
    text:
      '(coalesce(p."amount_spent" BETWEEN CAST($1 AS DOUBLE) AND CAST($2 AS DOUBLE), false) AND ' +
      'coalesce(p."country" IN (CAST($3 AS VARCHAR), CAST($4 AS VARCHAR)), false))',
    values: [100, 500, 'GB', 'FR'],
  });
  assert.deepEqual(rendered("rfm_group = 'at risk' OR city != 'Paris'"), {
    text:
      '(coalesce(lower(p."rfm_group") = lower(CAST($1 AS VARCHAR)), false) OR ' +
      'coalesce(lower(p."city") <> lower(CAST($2 AS VARCHAR)), false))',
    values: ['At Risk', 'Paris'],
  });
});

test('NOT, NOT IN, IS NULL and in_segment', () => {
  assert.deepEqual(
    rendered("NOT in_segment('vip') AND lifecycle_stage NOT IN ('lost') AND email IS NOT NULL"),
    {
      text:
        '((NOT coalesce(EXISTS (SELECT 1 FROM segment_members sm JOIN segments s ON s.segment_id = sm.segment_id ' +
        'WHERE s.name = $1 AND sm.customer_id = p.customer_id AND sm.exited_at IS NULL), false)) AND ' +
        'coalesce(lower(p."lifecycle_stage") NOT IN (lower(CAST($2 AS VARCHAR))), false) AND ' +
        'coalesce(p."email" IS NOT NULL, false))',
      values: ['vip', 'lost'],
    },
  );
});

test('products_purchased is a per-customer count of sale orders between since and until, looked up per row', () => {
  assert.deepEqual(
    rendered("products_purchased(category: 'Bread', sku: 'B1', since: -90d, until: '2024-06-01') >= 2"),
    {
      text:
        'coalesce(coalesce((SELECT x.n FROM (SELECT o.customer_id, count(DISTINCT o.order_id) AS n FROM orders o\n' +
        '      JOIN order_lines l ON l.order_id = o.order_id LEFT JOIN products pr ON pr.product_id = l.product_id\n' +
        '      WHERE o.customer_id IS NOT NULL AND o.kind = $1 ' +
        'AND CAST(o.ordered_at AS DATE) >= CAST(CAST($2 AS DATE) + to_days(CAST($3 AS INTEGER)) AS DATE) ' +
        'AND CAST(o.ordered_at AS DATE) <= CAST($4 AS DATE) AND lower(pr."category") = lower($5) ' +
        'AND lower(pr."sku") = lower($6) GROUP BY o.customer_id) x WHERE x.customer_id = p.customer_id), 0) >= CAST($7 AS DOUBLE), false)',
      values: ['sale', '2024-06-30', -90, '2024-06-01', 'Bread', 'B1', 2],
    },
  );
  assert.match(
    rendered('products_purchased() > 0').text,
    /AND CAST\(o\.ordered_at AS DATE\) < CAST\(\$2 AS DATE\) GROUP BY/,
  );
});

test('no literal of the rule text reaches the SQL text', () => {
  const hostile = [
    "city = 'x''); DROP TABLE customers; --'",
    "first_name IN ('Robert''); DELETE FROM orders; --', 'p.\"email\"')",
    "in_segment('vip'' OR 1=1 --') AND products_purchased(product: '%'' OR ''a''=''a', sku: '\\\\') > 0",
    'amount_spent > 987654.321 AND churn_probability BETWEEN 0.123 AND 0.456 AND last_order_date > -4242d',
    "rfm_score = '54321' AND email = 'ada@example.com' AND signup_channel != 'instagram'",
  ];
  for (const text of hostile) {
    const result = rendered(text);
    for (const literal of [
      'DROP',
      'DELETE',
      'OR 1=1',
      '%',
      '\\',
      '987654',
      '0.123',
      '0.456',
      '4242',
      '54321',
      'example',
      'instagram',
    ]) {
      assert.ok(!result.text.includes(literal), `${literal} leaked into ${result.text}`);
    }
    assert.ok(result.values.length > 0);
    const placeholders = result.text.match(/\$\d+/g) ?? [];
    assert.equal(placeholders.length, result.values.length);
    assert.ok(!/'/.test(result.text), `no quoted literal in ${result.text}`);
  }
});

test('field names come from the catalogue, quoted, whatever their case in the rule', () => {
  assert.equal(rendered('Amount_SPENT > 1').text, 'coalesce(p."amount_spent" > CAST($1 AS DOUBLE), false)');
});

test('a rule that fails the check, or a bad analysis date, throws a PatronError', () => {
  assert.throws(
    () => compileRule(parsed('numbr_of_orders > 3'), DEFAULT_CATALOGUE, { asOf: '2024-06-30' }),
    (error: unknown) =>
      error instanceof PatronError &&
      error.code === 'invalid_rule' &&
      error.message ===
        "This segment rule cannot run: unknown field 'numbr_of_orders' at line 1, column 1 — did you mean 'number_of_orders'?" &&
      error.location?.position?.column === 1,
  );
  assert.throws(
    () => compileRule(parsed('amount_spent > 1'), DEFAULT_CATALOGUE, { asOf: '30/06/2024' }),
    (error: unknown) => error instanceof PatronError && error.code === 'invalid_as_of',
  );
});
