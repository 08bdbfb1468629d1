import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatIssue } from '../issues/format-issue.ts';
import type { RuleIssue } from '../issues/rule-issue.ts';
import { parseRule } from './parse-rule.ts';

function onlyIssue(text: string): RuleIssue {
  const result = parseRule(text);
  if (result.ok) return assert.fail(`'${text}' should not parse`);
  assert.equal(result.issues.length, 1);
  return result.issues[0] as RuleIssue;
}

/** The formatted issue: message, the rule line, the caret line. */
function shown(text: string): string {
  return formatIssue(text, onlyIssue(text));
}

test('a missing value points just past the operator', () => {
  assert.deepEqual(onlyIssue('number_of_orders >'), {
    code: 'unexpected_end',
    message:
      "the rule ends too soon at line 1, column 19 — expected a value after '>': a number, 'text' in single quotes, true, false or a date like -30d",
    span: { start: 18, end: 18, line: 1, column: 19 },
  });
  assert.equal(
    shown('number_of_orders >'),
    [
      "the rule ends too soon at line 1, column 19 — expected a value after '>': a number, 'text' in single quotes, true, false or a date like -30d",
      '  number_of_orders >',
      '                    ^',
    ].join('\n'),
  );
});

test('an unquoted text value suggests quotes; NULL as a value suggests IS NULL', () => {
  assert.equal(
    shown('rfm_group = At Risk'),
    [
      "unexpected 'At' at line 1, column 13 — put text in single quotes, like 'At'",
      '  rfm_group = At Risk',
      '              ^^',
    ].join('\n'),
  );
  assert.equal(
    shown('churn_probability = NULL'),
    [
      "unexpected 'NULL' at line 1, column 21 — test for a missing value with IS NULL or IS NOT NULL",
      '  churn_probability = NULL',
      '                      ^^^^',
    ].join('\n'),
  );
});

test('a field without a comparison', () => {
  assert.equal(
    shown('accepts_marketing AND number_of_orders > 1'),
    [
      "unexpected 'AND' at line 1, column 19 — expected a comparison after 'accepts_marketing', such as =, !=, >, BETWEEN, IN or IS NULL",
      '  accepts_marketing AND number_of_orders > 1',
      '                    ^^^',
    ].join('\n'),
  );
});

test('brackets: an unclosed one names where it opened, a stray one says so', () => {
  assert.equal(
    onlyIssue('(a > 1 OR b > 2').message,
    "the rule ends too soon at line 1, column 16 — expected AND, OR or ')' to close the '(' at line 1, column 1",
  );
  assert.equal(
    shown('a > 1)'),
    ["unexpected ')' at line 1, column 6 — there is no '(' for it to close", '  a > 1)', '       ^'].join(
      '\n',
    ),
  );
  assert.equal(
    onlyIssue('a > 1 b > 2').message,
    "unexpected 'b' at line 1, column 7 — expected AND, OR or the end of the rule",
  );
});

test('BETWEEN, IN, NOT and IS need their words', () => {
  assert.equal(
    onlyIssue('amount_spent BETWEEN 100 500').message,
    "unexpected '500' at line 1, column 26 — expected AND between the two ends of BETWEEN, as in BETWEEN 100 AND 500",
  );
  assert.equal(
    onlyIssue('a IN ()').message,
    "unexpected ')' at line 1, column 7 — expected a value after 'IN (': a number, 'text' in single quotes, true, false or a date like -30d",
  );
  assert.equal(
    onlyIssue("country IN ('GB', 'FR'").message,
    "the rule ends too soon at line 1, column 23 — expected ',' or ')' to end the IN list",
  );
  assert.equal(
    onlyIssue('a NOT > 1').message,
    "unexpected '>' at line 1, column 7 — expected IN or BETWEEN after NOT",
  );
  assert.equal(
    onlyIssue('a IS NOT 3').message,
    "unexpected '3' at line 1, column 10 — expected NULL after IS NOT",
  );
});

test('literals the tokenizer cannot read', () => {
  assert.deepEqual(onlyIssue("city = 'Lon"), {
    code: 'unterminated_string',
    message:
      "text has no closing quote at line 1, column 8 — end it with another ' (write '' for a quote inside text)",
    span: { start: 7, end: 11, line: 1, column: 8 },
  });
  assert.equal(
    shown('last_order_date > 30days'),
    [
      "'30days' is not a number or a relative date at line 1, column 19 — write a relative date as a whole number and one letter: -30d, -2w, -6m or -1y",
      '  last_order_date > 30days',
      '                    ^^^^^^',
    ].join('\n'),
  );
  assert.equal(onlyIssue('x > 123456d').code, 'bad_literal');
  assert.equal(
    onlyIssue('a = 1e').message,
    "'1e' is not a number or a relative date at line 1, column 5 — write a number like 42, -5 or 0.7",
  );
  assert.equal(
    shown('country = "GB"'),
    [
      "unexpected character '\"' at line 1, column 11 — text goes in single quotes, like 'GB'",
      '  country = "GB"',
      '            ^',
    ].join('\n'),
  );
  assert.equal(
    onlyIssue('a > 1 && b > 2').message,
    "unexpected character '&' at line 1, column 7 — write AND",
  );
});

test('an empty rule', () => {
  assert.deepEqual(onlyIssue('  \n '), {
    code: 'unexpected_end',
    message: 'the rule is empty at line 1, column 1 — write a condition, such as number_of_orders >= 3',
    span: { start: 0, end: 0, line: 1, column: 1 },
  });
});

test('a rule over several lines: the error shows its own line, tabs kept under the caret', () => {
  const text =
    "number_of_orders >= 3\n  AND last_order_date > -30d\n  AND (country = 'GB'\n    OR country = ))";
  assert.equal(
    shown(text),
    [
      "unexpected ')' at line 4, column 18 — expected a value after '=': a number, 'text' in single quotes, true, false or a date like -30d",
      '      OR country = ))',
      '                   ^',
    ].join('\n'),
  );
  const tabbed = "number_of_orders >= 3\n\tAND city = 'Paris' &&";
  assert.equal(
    shown(tabbed),
    [
      "unexpected character '&' at line 2, column 21 — write AND",
      "  \tAND city = 'Paris' &&",
      '  \t                   ^',
    ].join('\n'),
  );
  const unfinished = 'number_of_orders >= 3 AND\n\n';
  assert.equal(
    shown(unfinished),
    [
      "the rule ends too soon at line 1, column 26 — expected a condition, such as number_of_orders >= 3, in_segment('vip'), NOT or (",
      '  number_of_orders >= 3 AND',
      '                           ^',
    ].join('\n'),
  );
});

test('nesting deeper than 100 levels is refused, not a stack overflow', () => {
  const deep = `${'('.repeat(150)}a > 1${')'.repeat(150)}`;
  const issue = onlyIssue(deep);
  assert.equal(issue.code, 'too_deep');
  assert.equal(issue.span?.column, 102);
  assert.equal(onlyIssue(`${'NOT '.repeat(5000)}a > 1`).code, 'too_deep');
  assert.ok(parseRule(`${'('.repeat(100)}a > 1${')'.repeat(100)}`).ok);
});
