import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseRule } from '../parse/parse-rule.ts';
import { anyRule } from '../testing/rule-arbitrary.ts';
import { RuleNode } from './rule-node.ts';

test('a parsed rule is valid JSON for the schema and survives JSON.stringify', () => {
  const result = parseRule(
    "rfm_group = 'At Risk' OR (NOT in_segment('vip') AND products_purchased(since: -90d) >= 2)",
  );
  assert.ok(result.ok);
  const json = JSON.parse(JSON.stringify(result.value));
  assert.deepEqual(RuleNode.parse(json), result.value);
});

test('trees without spans are accepted, as a UI builds them', () => {
  const node = {
    kind: 'and',
    operands: [
      {
        kind: 'compare',
        subject: { kind: 'field', name: 'amount_spent' },
        operator: '>',
        value: { kind: 'number', value: 200 },
      },
      { kind: 'call', name: 'in_segment', args: [{ name: null, value: { kind: 'string', value: 'vip' } }] },
    ],
  };
  assert.deepEqual(RuleNode.parse(node), node);
});

test('malformed trees are refused', () => {
  const field = { kind: 'field', name: 'a' };
  const one = { kind: 'number', value: 1 };
  const bad = [
    { kind: 'and', operands: [{ kind: 'is_null', subject: field, negated: false }] },
    { kind: 'compare', subject: field, operator: '==', value: one },
    { kind: 'compare', subject: { kind: 'field', name: 'and' }, operator: '=', value: one },
    { kind: 'compare', subject: { kind: 'field', name: 'a b' }, operator: '=', value: one },
    {
      kind: 'compare',
      subject: field,
      operator: '=',
      value: { kind: 'number', value: Number.POSITIVE_INFINITY },
    },
    {
      kind: 'compare',
      subject: field,
      operator: '=',
      value: { kind: 'relative_date', amount: 1.5, unit: 'd' },
    },
    {
      kind: 'compare',
      subject: field,
      operator: '=',
      value: { kind: 'relative_date', amount: 100_000, unit: 'd' },
    },
    { kind: 'in', subject: field, negated: false, values: [] },
    { kind: 'sql', text: 'DROP TABLE customers' },
  ];
  for (const node of bad) assert.equal(RuleNode.safeParse(node).success, false, JSON.stringify(node));
});

test('property: every generated tree is valid for the schema', () => {
  fc.assert(
    fc.property(anyRule, (node) => RuleNode.safeParse(node).success),
    { numRuns: 300 },
  );
});
