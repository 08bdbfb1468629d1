import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RuleNode } from '../ast/rule-node.ts';
import { spanOf } from '../testing/span-of.ts';
import { parseRule } from './parse-rule.ts';

function parsed(text: string): RuleNode {
  const result = parseRule(text);
  if (!result.ok) assert.fail(result.issues.map((i) => i.message).join('\n'));
  return result.value;
}

test('number_of_orders >= 3 AND last_order_date > -30d', () => {
  const text = 'number_of_orders >= 3 AND last_order_date > -30d';
  const at = (fragment: string) => spanOf(text, fragment);
  assert.deepEqual(parsed(text), {
    kind: 'and',
    operands: [
      {
        kind: 'compare',
        subject: { kind: 'field', name: 'number_of_orders', span: at('number_of_orders') },
        operator: '>=',
        value: { kind: 'number', value: 3, span: at('3') },
        span: at('number_of_orders >= 3'),
      },
      {
        kind: 'compare',
        subject: { kind: 'field', name: 'last_order_date', span: at('last_order_date') },
        operator: '>',
        value: { kind: 'relative_date', amount: -30, unit: 'd', span: at('-30d') },
        span: at('last_order_date > -30d'),
      },
    ],
    span: at(text),
  });
});

test("amount_spent BETWEEN 100 AND 500 AND country IN ('GB', 'FR')", () => {
  const text = "amount_spent BETWEEN 100 AND 500 AND country IN ('GB', 'FR')";
  const at = (fragment: string) => spanOf(text, fragment);
  assert.deepEqual(parsed(text), {
    kind: 'and',
    operands: [
      {
        kind: 'between',
        subject: { kind: 'field', name: 'amount_spent', span: at('amount_spent') },
        negated: false,
        low: { kind: 'number', value: 100, span: at('100') },
        high: { kind: 'number', value: 500, span: at('500') },
        span: at('amount_spent BETWEEN 100 AND 500'),
      },
      {
        kind: 'in',
        subject: { kind: 'field', name: 'country', span: at('country') },
        negated: false,
        values: [
          { kind: 'string', value: 'GB', span: at("'GB'") },
          { kind: 'string', value: 'FR', span: at("'FR'") },
        ],
        span: at("country IN ('GB', 'FR')"),
      },
    ],
    span: at(text),
  });
});

test("rfm_group = 'At Risk' OR (lifecycle_stage = 'lapsed' AND amount_spent > 200)", () => {
  const text = "rfm_group = 'At Risk' OR (lifecycle_stage = 'lapsed' AND amount_spent > 200)";
  const at = (fragment: string) => spanOf(text, fragment);
  assert.deepEqual(parsed(text), {
    kind: 'or',
    operands: [
      {
        kind: 'compare',
        subject: { kind: 'field', name: 'rfm_group', span: at('rfm_group') },
        operator: '=',
        value: { kind: 'string', value: 'At Risk', span: at("'At Risk'") },
        span: at("rfm_group = 'At Risk'"),
      },
      {
        kind: 'and',
        operands: [
          {
            kind: 'compare',
            subject: { kind: 'field', name: 'lifecycle_stage', span: at('lifecycle_stage') },
            operator: '=',
            value: { kind: 'string', value: 'lapsed', span: at("'lapsed'") },
            span: at("lifecycle_stage = 'lapsed'"),
          },
          {
            kind: 'compare',
            subject: { kind: 'field', name: 'amount_spent', span: at('amount_spent') },
            operator: '>',
            value: { kind: 'number', value: 200, span: at('200') },
            span: at('amount_spent > 200'),
          },
        ],
        // The group's span is its contents; the parentheses belong to the enclosing OR.
        span: at("lifecycle_stage = 'lapsed' AND amount_spent > 200"),
      },
    ],
    span: at(text),
  });
});

test("products_purchased(category: 'Bread', since: -90d) >= 2", () => {
  const text = "products_purchased(category: 'Bread', since: -90d) >= 2";
  const at = (fragment: string) => spanOf(text, fragment);
  assert.deepEqual(parsed(text), {
    kind: 'compare',
    subject: {
      kind: 'call',
      name: 'products_purchased',
      args: [
        {
          name: 'category',
          value: { kind: 'string', value: 'Bread', span: at("'Bread'") },
          span: at("category: 'Bread'"),
        },
        {
          name: 'since',
          value: { kind: 'relative_date', amount: -90, unit: 'd', span: at('-90d') },
          span: at('since: -90d'),
        },
      ],
      span: at("products_purchased(category: 'Bread', since: -90d)"),
    },
    operator: '>=',
    value: { kind: 'number', value: 2, span: at('2') },
    span: at(text),
  });
});

test("NOT in_segment('vip') AND accepts_marketing = true", () => {
  const text = "NOT in_segment('vip') AND accepts_marketing = true";
  const at = (fragment: string) => spanOf(text, fragment);
  assert.deepEqual(parsed(text), {
    kind: 'and',
    operands: [
      {
        kind: 'not',
        operand: {
          kind: 'call',
          name: 'in_segment',
          args: [
            { name: null, value: { kind: 'string', value: 'vip', span: at("'vip'") }, span: at("'vip'") },
          ],
          span: at("in_segment('vip')"),
        },
        span: at("NOT in_segment('vip')"),
      },
      {
        kind: 'compare',
        subject: { kind: 'field', name: 'accepts_marketing', span: at('accepts_marketing') },
        operator: '=',
        value: { kind: 'boolean', value: true, span: at('true') },
        span: at('accepts_marketing = true'),
      },
    ],
    span: at(text),
  });
});

test('churn_probability > 0.7 and predicted_clv > 500', () => {
  assert.deepEqual(parsed('churn_probability > 0.7'), {
    kind: 'compare',
    subject: { kind: 'field', name: 'churn_probability', span: { start: 0, end: 17, line: 1, column: 1 } },
    operator: '>',
    value: { kind: 'number', value: 0.7, span: { start: 20, end: 23, line: 1, column: 21 } },
    span: { start: 0, end: 23, line: 1, column: 1 },
  });
  assert.deepEqual(parsed('predicted_clv > 500'), {
    kind: 'compare',
    subject: { kind: 'field', name: 'predicted_clv', span: { start: 0, end: 13, line: 1, column: 1 } },
    operator: '>',
    value: { kind: 'number', value: 500, span: { start: 16, end: 19, line: 1, column: 17 } },
    span: { start: 0, end: 19, line: 1, column: 1 },
  });
});
