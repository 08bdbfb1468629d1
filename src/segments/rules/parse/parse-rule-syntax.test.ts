import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ruleToText } from '../print/rule-to-text.ts';
import { spanOf } from '../testing/span-of.ts';
import { stripSpans } from '../testing/strip-spans.ts';
import { parseRule } from './parse-rule.ts';

function shape(text: string) {
  const result = parseRule(text);
  if (!result.ok) assert.fail(result.issues.map((i) => i.message).join('\n'));
  return stripSpans(result.value);
}

const field = (name: string) => ({ kind: 'field', name });
const num = (value: number) => ({ kind: 'number', value });
const gt = (name: string, value: number) => ({
  kind: 'compare',
  subject: field(name),
  operator: '>',
  value: num(value),
});

test('NOT binds tighter than AND, AND tighter than OR', () => {
  assert.deepEqual(shape('NOT a > 1 AND b > 2 OR c > 3'), {
    kind: 'or',
    operands: [{ kind: 'and', operands: [{ kind: 'not', operand: gt('a', 1) }, gt('b', 2)] }, gt('c', 3)],
  });
  assert.deepEqual(shape('a > 1 OR b > 2 AND c > 3'), {
    kind: 'or',
    operands: [gt('a', 1), { kind: 'and', operands: [gt('b', 2), gt('c', 3)] }],
  });
});

test('chains of one operator are one node; brackets keep their own group', () => {
  assert.deepEqual(shape('a > 1 AND b > 2 AND c > 3'), {
    kind: 'and',
    operands: [gt('a', 1), gt('b', 2), gt('c', 3)],
  });
  assert.deepEqual(shape('(a > 1 AND b > 2) AND c > 3'), {
    kind: 'and',
    operands: [{ kind: 'and', operands: [gt('a', 1), gt('b', 2)] }, gt('c', 3)],
  });
  assert.deepEqual(shape('NOT (a > 1 OR b > 2)'), {
    kind: 'not',
    operand: { kind: 'or', operands: [gt('a', 1), gt('b', 2)] },
  });
  assert.deepEqual(shape('NOT NOT a > 1'), { kind: 'not', operand: { kind: 'not', operand: gt('a', 1) } });
  assert.deepEqual(shape('((a > 1))'), gt('a', 1));
});

test('every comparison operator; <> is !=', () => {
  for (const operator of ['=', '!=', '<', '<=', '>', '>=']) {
    assert.deepEqual(shape(`a ${operator} 1`), {
      kind: 'compare',
      subject: field('a'),
      operator,
      value: num(1),
    });
  }
  assert.deepEqual(shape('a<>1'), { kind: 'compare', subject: field('a'), operator: '!=', value: num(1) });
});

test('NOT IN, NOT BETWEEN, IS NULL and IS NOT NULL', () => {
  assert.deepEqual(shape("country NOT IN ('GB')"), {
    kind: 'in',
    subject: field('country'),
    negated: true,
    values: [{ kind: 'string', value: 'GB' }],
  });
  assert.deepEqual(shape('a NOT BETWEEN -1 AND 1'), {
    kind: 'between',
    subject: field('a'),
    negated: true,
    low: num(-1),
    high: num(1),
  });
  assert.deepEqual(shape('a IS NULL'), { kind: 'is_null', subject: field('a'), negated: false });
  assert.deepEqual(shape('a is not null'), { kind: 'is_null', subject: field('a'), negated: true });
});

test('keywords in any case; names keep the case they were written in', () => {
  assert.deepEqual(shape('not A > 1 and B between 1 And 2 Or c In (1) OR d iS nOt NuLl OR e = TRUE'), {
    kind: 'or',
    operands: [
      {
        kind: 'and',
        operands: [
          { kind: 'not', operand: gt('A', 1) },
          { kind: 'between', subject: field('B'), negated: false, low: num(1), high: num(2) },
        ],
      },
      { kind: 'in', subject: field('c'), negated: false, values: [num(1)] },
      { kind: 'is_null', subject: field('d'), negated: true },
      { kind: 'compare', subject: field('e'), operator: '=', value: { kind: 'boolean', value: true } },
    ],
  });
});

test("literals: '' escapes a quote, numbers, booleans, relative dates in every unit", () => {
  const values = (text: string) => {
    const node = shape(`a IN (${text})`);
    return node.kind === 'in' ? node.values : [];
  };
  assert.deepEqual(values("'Can''t Lose Them', '', 'a\nb'"), [
    { kind: 'string', value: "Can't Lose Them" },
    { kind: 'string', value: '' },
    { kind: 'string', value: 'a\nb' },
  ]);
  assert.deepEqual(values('0, -5, 12.25, -0.5, 1e3, 2.5E-2, false'), [
    num(0),
    num(-5),
    num(12.25),
    num(-0.5),
    num(1000),
    num(0.025),
    { kind: 'boolean', value: false },
  ]);
  assert.deepEqual(values('-30d, -2w, -6m, -1y, 0d, 7D, -99999y'), [
    { kind: 'relative_date', amount: -30, unit: 'd' },
    { kind: 'relative_date', amount: -2, unit: 'w' },
    { kind: 'relative_date', amount: -6, unit: 'm' },
    { kind: 'relative_date', amount: -1, unit: 'y' },
    { kind: 'relative_date', amount: 0, unit: 'd' },
    { kind: 'relative_date', amount: 7, unit: 'd' },
    { kind: 'relative_date', amount: -99999, unit: 'y' },
  ]);
});

test('function calls: named, positional and no arguments', () => {
  assert.deepEqual(shape('f() >= 1'), {
    kind: 'compare',
    subject: { kind: 'call', name: 'f', args: [] },
    operator: '>=',
    value: num(1),
  });
  assert.deepEqual(shape("g('x', since: '2024-01-31')"), {
    kind: 'call',
    name: 'g',
    args: [
      { name: null, value: { kind: 'string', value: 'x' } },
      { name: 'since', value: { kind: 'string', value: '2024-01-31' } },
    ],
  });
});

test('spans on a rule over several lines', () => {
  const text = "number_of_orders >= 3\n  AND (country = 'GB'\n    OR city = 'Paris')";
  const result = parseRule(text);
  assert.ok(result.ok);
  const root = result.value;
  assert.equal(root.kind, 'and');
  if (root.kind !== 'and') return;
  assert.deepEqual(root.span, { start: 0, end: text.length, line: 1, column: 1 });
  const group = root.operands[1];
  assert.deepEqual(group?.span, spanOf(text, "country = 'GB'\n    OR city = 'Paris'"));
  assert.deepEqual(spanOf(text, 'city'), { start: 51, end: 55, line: 3, column: 8 });
  assert.deepEqual(group?.kind === 'or' && group.operands[1]?.span, spanOf(text, "city = 'Paris'"));
});

test('ruleToText prints canonical text that reads back to the same tree', () => {
  const text = "not a > 1 and (b <> 'x''y' or c not in (1, -2.5)) and in_segment('vip') and d IS NOT NULL";
  const result = parseRule(text);
  if (!result.ok) return assert.fail('the rule should parse');
  const printed = ruleToText(result.value);
  assert.equal(
    printed,
    "NOT a > 1 AND (b != 'x''y' OR c NOT IN (1, -2.5)) AND in_segment('vip') AND d IS NOT NULL",
  );
  assert.deepEqual(shape(printed), shape(text));
});
