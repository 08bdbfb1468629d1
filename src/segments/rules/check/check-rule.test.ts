import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RuleNode } from '../ast/rule-node.ts';
import { DEFAULT_CATALOGUE } from '../catalogue/default-catalogue.ts';
import { formatIssue } from '../issues/format-issue.ts';
import type { RuleIssue } from '../issues/rule-issue.ts';
import { parseRule } from '../parse/parse-rule.ts';
import { ruleToText } from '../print/rule-to-text.ts';
import { checkRule } from './check-rule.ts';

function parsed(text: string): RuleNode {
  const result = parseRule(text);
  if (!result.ok) return assert.fail(result.issues[0]?.message);
  return result.value;
}

function issues(text: string): RuleIssue[] {
  const result = checkRule(parsed(text), DEFAULT_CATALOGUE);
  return result.ok ? [] : result.issues;
}

function messages(text: string): string[] {
  return issues(text).map((i) => i.message);
}

/** The checked rule printed back, to see its canonical form. */
function canonical(text: string): string {
  const result = checkRule(parsed(text), DEFAULT_CATALOGUE);
  if (!result.ok) return assert.fail(result.issues[0]?.message);
  return ruleToText(result.value);
}

test('the example rules all pass', () => {
  for (const text of [
    'number_of_orders >= 3 AND last_order_date > -30d',
    "amount_spent BETWEEN 100 AND 500 AND country IN ('GB', 'FR')",
    "rfm_group = 'At Risk' OR (lifecycle_stage = 'lapsed' AND amount_spent > 200)",
    "products_purchased(category: 'Bread', since: -90d) >= 2",
    "NOT in_segment('vip') AND accepts_marketing = true",
    'churn_probability > 0.7',
    'predicted_clv > 500',
  ]) {
    assert.deepEqual(messages(text), [], text);
  }
});

test('an unknown field suggests the closest field, with line, column and caret', () => {
  const [issue] = issues('numbr_of_orders > 3');
  assert.deepEqual(issue, {
    code: 'unknown_field',
    message: "unknown field 'numbr_of_orders' at line 1, column 1 — did you mean 'number_of_orders'?",
    span: { start: 0, end: 15, line: 1, column: 1 },
    suggestion: 'number_of_orders',
  });
  assert.equal(
    formatIssue('numbr_of_orders > 3', issue as RuleIssue),
    [
      "unknown field 'numbr_of_orders' at line 1, column 1 — did you mean 'number_of_orders'?",
      '  numbr_of_orders > 3',
      '  ^^^^^^^^^^^^^^^',
    ].join('\n'),
  );
  assert.deepEqual(messages('xyz > 1'), ["unknown field 'xyz' at line 1, column 1"]);
  assert.deepEqual(messages('customer_id = 3'), ["unknown field 'customer_id' at line 1, column 1"]);
  assert.deepEqual(messages('in_segment = true'), [
    "unknown field 'in_segment' at line 1, column 1 — 'in_segment' is a function: write in_segment(…)",
  ]);
});

test('unknown functions suggest the closest function, pointing at the name', () => {
  assert.deepEqual(issues("product_purchased(category: 'x') > 1"), [
    {
      code: 'unknown_function',
      message:
        "unknown function 'product_purchased' at line 1, column 1 — did you mean 'products_purchased'?",
      span: { start: 0, end: 17, line: 1, column: 1 },
      suggestion: 'products_purchased',
    },
  ]);
  assert.deepEqual(messages('amount_spent() > 1'), [
    "unknown function 'amount_spent' at line 1, column 1 — 'amount_spent' is a field, not a function",
  ]);
});

test('dates compare only with dates; a real calendar date is required', () => {
  assert.deepEqual(issues('last_order_date > 30'), [
    {
      code: 'type_mismatch',
      message:
        "cannot compare the date field 'last_order_date' with the number 30 at line 1, column 19 — use a relative date like -30d or a date like '2024-01-31'",
      span: { start: 18, end: 20, line: 1, column: 19 },
    },
  ]);
  assert.deepEqual(messages("last_order_date > '2024-02-30'"), [
    "'2024-02-30' is not a date at line 1, column 19 — write dates as 'YYYY-MM-DD', like '2024-01-31'",
  ]);
  assert.deepEqual(messages("last_order_date BETWEEN '2024-02-29' AND -1d"), []);
  assert.deepEqual(messages('number_of_orders > -30d'), [
    "cannot compare the number field 'number_of_orders' with the date -30d at line 1, column 20 — use a number like 100",
  ]);
});

test('IN lists must match the field type, every value checked', () => {
  assert.deepEqual(messages("amount_spent IN (1, '2', -3d)"), [
    "cannot compare the number field 'amount_spent' with the text '2' at line 1, column 21 — remove the quotes: 2",
    "cannot compare the number field 'amount_spent' with the date -3d at line 1, column 26 — use a number like 100",
  ]);
  assert.deepEqual(messages("country IN ('GB', 3)"), [
    "cannot compare the text field 'country' with the number 3 at line 1, column 19 — put text in single quotes, like '3'",
  ]);
});

test('enum values: suggestions for typos, the list when nothing is close', () => {
  assert.deepEqual(issues("rfm_group = 'At Risc'"), [
    {
      code: 'unknown_value',
      message: "unknown value 'At Risc' for 'rfm_group' at line 1, column 13 — did you mean 'At Risk'?",
      span: { start: 12, end: 21, line: 1, column: 13 },
      suggestion: 'At Risk',
    },
  ]);
  assert.deepEqual(messages("value_tier = 'gold'"), [
    "unknown value 'gold' for 'value_tier' at line 1, column 14 — use one of 'high', 'medium', 'low'",
  ]);
  assert.deepEqual(messages("rfm_group IN ('cant lose them')"), [
    "unknown value 'cant lose them' for 'rfm_group' at line 1, column 15 — did you mean 'Can''t Lose Them'?",
  ]);
  assert.deepEqual(messages("lifecycle_stage > 'new'"), [
    "cannot use '>' with the text field 'lifecycle_stage' at line 1, column 1 — use =, !=, IN or IS NULL",
  ]);
});

test('canonical form: names lower-case, enum values as stored, countries upper-case', () => {
  assert.equal(canonical("lifecycle_stage = 'at risk'"), "lifecycle_stage = 'at_risk'");
  assert.equal(
    canonical("RFM_Group IN ('champions', 'CAN''T LOSE THEM')"),
    "rfm_group IN ('Champions', 'Can''t Lose Them')",
  );
  assert.equal(canonical("Country NOT IN ('gb', 'fr')"), "country NOT IN ('GB', 'FR')");
  assert.equal(canonical("City = 'london'"), "city = 'london'");
  assert.equal(
    canonical("IN_SEGMENT(Name: 'vip') AND Products_Purchased(SKU: 'b-1') > 0"),
    "in_segment(name: 'vip') AND products_purchased(sku: 'b-1') > 0",
  );
  assert.deepEqual(messages("country = 'Britain'"), [
    "unknown value 'Britain' for 'country' at line 1, column 11 — use a two-letter country code such as 'GB'",
  ]);
});

test('booleans compare only with true or false, and only with = or !=', () => {
  assert.deepEqual(messages("accepts_marketing = 'yes'"), [
    "cannot compare the true/false field 'accepts_marketing' with the text 'yes' at line 1, column 21 — use true or false",
  ]);
  assert.deepEqual(messages('accepts_marketing > true'), [
    "cannot use '>' with the true/false field 'accepts_marketing' at line 1, column 1 — use = true or = false",
  ]);
  assert.deepEqual(messages('accepts_marketing != false AND accepts_marketing IS NOT NULL'), []);
});

test('text fields take =, !=, IN and IS NULL; BETWEEN needs numbers or dates', () => {
  assert.deepEqual(messages("city > 'M'"), [
    "cannot use '>' with the text field 'city' at line 1, column 1 — use =, !=, IN or IS NULL",
  ]);
  assert.deepEqual(messages("city BETWEEN 'a' AND 'b'"), [
    "cannot use BETWEEN with the text field 'city' at line 1, column 1 — BETWEEN works on numbers and dates",
  ]);
  assert.deepEqual(messages("amount_spent = '100'"), [
    "cannot compare the number field 'amount_spent' with the text '100' at line 1, column 16 — remove the quotes: 100",
  ]);
});

test('function arguments: names, types, repeats, required and positional', () => {
  assert.deepEqual(issues("products_purchased(categry: 'Bread') > 1"), [
    {
      code: 'bad_argument',
      message:
        "unknown argument 'categry' for products_purchased at line 1, column 20 — did you mean 'category'?",
      span: { start: 19, end: 35, line: 1, column: 20 },
      suggestion: 'category',
    },
  ]);
  assert.deepEqual(messages("products_purchased('Bread') > 1"), [
    'products_purchased takes named arguments at line 1, column 20 — name each one: category:, product:, sku:, since: and until:',
  ]);
  assert.deepEqual(messages('products_purchased(since: 5) > 1'), [
    "cannot compare argument 'since' of products_purchased with the number 5 at line 1, column 27 — use a relative date like -30d or a date like '2024-01-31'",
  ]);
  assert.deepEqual(messages("products_purchased(category: 'a', category: 'b') > 1"), [
    "argument 'category' is given twice at line 1, column 35",
  ]);
  assert.deepEqual(messages("products_purchased(sku: '') > 0"), [
    "argument 'sku' of products_purchased is empty at line 1, column 25",
  ]);
  assert.deepEqual(messages('in_segment()'), [
    "in_segment needs a name at line 1, column 1 — for example in_segment('vip')",
  ]);
  assert.deepEqual(messages("in_segment('a', 'b')"), [
    "in_segment takes one argument at line 1, column 17 — for example in_segment('vip')",
  ]);
  assert.ok(
    issues("products_purchased(since: '2024-01-01', until: -1d, product: 'Rye', sku: 'R1') >= 1").length ===
      0,
  );
});

test('function results: a count needs a comparison, a true/false test compares with booleans', () => {
  assert.deepEqual(messages("products_purchased(category: 'Bread')"), [
    "products_purchased(…) is a number, so it needs a comparison at line 1, column 1 — for example products_purchased(category: 'Bread', since: -90d) >= 2",
  ]);
  assert.deepEqual(messages("in_segment('vip') > 1"), [
    "cannot use '>' with the true/false result of in_segment(…) at line 1, column 1 — use = true or = false",
  ]);
  assert.deepEqual(messages("in_segment('vip') = false"), []);
  assert.deepEqual(messages('products_purchased() IS NULL'), [
    'products_purchased(…) always has a value at line 1, column 1 — IS NULL only applies to fields',
  ]);
});

test('every issue of a rule is reported at once, across lines', () => {
  const text = "numbr_of_orders > 3\n  AND rfm_group = 'At Risc'\n  AND last_order_date > 30";
  assert.deepEqual(
    issues(text).map((i) => [i.code, i.span?.line, i.span?.column]),
    [
      ['unknown_field', 1, 1],
      ['unknown_value', 2, 19],
      ['type_mismatch', 3, 25],
    ],
  );
});

test('a tree from JSON without spans is checked too; its messages have no position', () => {
  const node = treeWithoutSpans();
  assert.deepEqual(checkRule(node, DEFAULT_CATALOGUE), {
    ok: false,
    issues: [
      {
        code: 'unknown_field',
        message: "unknown field 'amount_spend' — did you mean 'amount_spent'?",
        suggestion: 'amount_spent',
      },
    ],
  });
});

function treeWithoutSpans(): RuleNode {
  return {
    kind: 'compare',
    subject: { kind: 'field', name: 'amount_spend' },
    operator: '>',
    value: { kind: 'number', value: 1 },
  };
}
