import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { RuleNode } from '../ast/rule-node.ts';
import { parseRule } from '../parse/parse-rule.ts';
import { anyRule } from '../testing/rule-arbitrary.ts';
import { stripSpans } from '../testing/strip-spans.ts';
import { ruleToText } from './rule-to-text.ts';

const gt = (name: string): RuleNode => ({
  kind: 'compare',
  subject: { kind: 'field', name },
  operator: '>',
  value: { kind: 'number', value: 1 },
});

test('brackets only where the tree needs them', () => {
  const a = gt('a');
  const b = gt('b');
  const c = gt('c');
  assert.equal(
    ruleToText({ kind: 'or', operands: [a, { kind: 'and', operands: [b, c] }] }),
    'a > 1 OR b > 1 AND c > 1',
  );
  assert.equal(
    ruleToText({ kind: 'and', operands: [a, { kind: 'or', operands: [b, c] }] }),
    'a > 1 AND (b > 1 OR c > 1)',
  );
  assert.equal(
    ruleToText({ kind: 'and', operands: [{ kind: 'and', operands: [a, b] }, c] }),
    '(a > 1 AND b > 1) AND c > 1',
  );
  assert.equal(
    ruleToText({ kind: 'not', operand: { kind: 'and', operands: [a, b] } }),
    'NOT (a > 1 AND b > 1)',
  );
  assert.equal(ruleToText({ kind: 'not', operand: { kind: 'not', operand: a } }), 'NOT NOT a > 1');
});

test('literals print so they read back: quotes doubled, -0 kept, exponents', () => {
  const values = (node: RuleNode) => ruleToText(node);
  assert.equal(
    values({
      kind: 'in',
      subject: { kind: 'field', name: 'x' },
      negated: false,
      values: [
        { kind: 'string', value: "Can't" },
        { kind: 'number', value: -0 },
        { kind: 'number', value: 1e21 },
        { kind: 'number', value: 5e-7 },
        { kind: 'relative_date', amount: -6, unit: 'm' },
        { kind: 'boolean', value: false },
      ],
    }),
    "x IN ('Can''t', -0, 1e+21, 5e-7, -6m, false)",
  );
});

test('property: parseRule(ruleToText(tree)) gives the tree back', () => {
  fc.assert(
    fc.property(anyRule, (node) => {
      const text = ruleToText(node);
      const result = parseRule(text);
      if (!result.ok) throw new Error(`${text}\n${result.issues[0]?.message}`);
      assert.deepEqual(stripSpans(result.value), stripSpans(node));
      assert.ok(result.value.span);
    }),
    { numRuns: 500 },
  );
});
