import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenizeRule } from './tokenize-rule.ts';

function tokens(text: string): [string, string][] {
  const result = tokenizeRule(text);
  if (!result.ok) return assert.fail(result.issues[0]?.message);
  return result.value.map((t) => [t.kind, t.value]);
}

test('words, operators, punctuation and literals', () => {
  assert.deepEqual(tokens("f(since: -90d)>=2 AND x<>'it''s'"), [
    ['identifier', 'f'],
    ['punctuation', '('],
    ['identifier', 'since'],
    ['punctuation', ':'],
    ['relative_date', '-90d'],
    ['punctuation', ')'],
    ['operator', '>='],
    ['number', '2'],
    ['identifier', 'AND'],
    ['identifier', 'x'],
    ['operator', '<>'],
    ['string', "it's"],
    ['end', ''],
  ]);
});

test('a minus sign belongs to the number after it; a unit letter makes a relative date', () => {
  assert.deepEqual(tokens('-5 -0.25 1e3 12d 3W -6M 0y'), [
    ['number', '-5'],
    ['number', '-0.25'],
    ['number', '1e3'],
    ['relative_date', '12d'],
    ['relative_date', '3W'],
    ['relative_date', '-6M'],
    ['relative_date', '0y'],
    ['end', ''],
  ]);
});

test('spans count lines and columns from 1; the end token sits after the last token', () => {
  const result = tokenizeRule("a\n  = 'x'\n\n");
  assert.ok(result.ok);
  assert.deepEqual(
    result.value.map((t) => t.span),
    [
      { start: 0, end: 1, line: 1, column: 1 },
      { start: 4, end: 5, line: 2, column: 3 },
      { start: 6, end: 9, line: 2, column: 5 },
      { start: 9, end: 9, line: 2, column: 8 },
    ],
  );
});

test('text may hold anything but an unescaped quote, newlines and emoji included', () => {
  assert.deepEqual(tokens("'a\nb 😀 -- ; DROP'"), [
    ['string', 'a\nb 😀 -- ; DROP'],
    ['end', ''],
  ]);
});

test('a character outside the language is named, whole, even beyond the basic plane', () => {
  const result = tokenizeRule('x = 😀');
  assert.equal(result.ok, false);
  assert.deepEqual(!result.ok && result.issues[0], {
    code: 'unexpected_character',
    message: "unexpected character '😀' at line 1, column 5",
    span: { start: 4, end: 6, line: 1, column: 5 },
  });
});
