import { issueAt } from '../issues/issue-at.ts';
import type { RuleResult } from '../issues/rule-result.ts';
import { locateOffset } from './locate-offset.ts';
import { readNumeric } from './read-numeric.ts';
import { readString } from './read-string.ts';
import type { Token } from './token.ts';

const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]*/y;
const OPERATORS = ['<=', '>=', '<>', '!=', '=', '<', '>'];
const PUNCTUATION = '(),:';
const CHARACTER_HINTS: Record<string, string> = {
  '"': "text goes in single quotes, like 'GB'",
  '‘': "use straight single quotes ' around text",
  '’': "use straight single quotes ' around text",
  '&': 'write AND',
  '|': 'write OR',
  '!': 'write != or NOT',
  '-': 'a negative number is written like -5 and a relative date like -30d',
};

/**
 * Splits rule text into tokens, ending with an `end` token. Whitespace (newlines too) separates tokens.
 *
 * @example
 * tokenizeRule("country IN ('GB')") // => ok: identifier, identifier, (, string, ), end
 */
export function tokenizeRule(text: string): RuleResult<Token[]> {
  const spanOf = locateOffset(text);
  const tokens: Token[] = [];
  const push = (kind: Token['kind'], start: number, end: number, value = text.slice(start, end)) => {
    tokens.push({ kind, text: text.slice(start, end), value, span: spanOf(start, end) });
  };
  let at = 0;
  while (at < text.length) {
    const char = String.fromCodePoint(text.codePointAt(at) ?? 0);
    IDENTIFIER.lastIndex = at;
    const identifier = IDENTIFIER.exec(text)?.[0];
    const operator = OPERATORS.find((o) => text.startsWith(o, at));
    if (/\s/.test(char)) {
      at += 1;
    } else if (char === "'") {
      const literal = readString(text, at);
      if (literal === undefined) {
        const span = spanOf(at, text.length);
        const hint = "end it with another ' (write '' for a quote inside text)";
        return {
          ok: false,
          issues: [issueAt('unterminated_string', { problem: 'text has no closing quote', span, hint })],
        };
      }
      push('string', at, literal.end, literal.value);
      at = literal.end;
    } else if (/\d/.test(char) || (char === '-' && /\d/.test(text[at + 1] ?? ''))) {
      const numeric = readNumeric(text, at);
      if (numeric.kind === 'bad') {
        const problem = `'${text.slice(at, numeric.end)}' is not a number or a relative date`;
        const span = spanOf(at, numeric.end);
        return { ok: false, issues: [issueAt('bad_literal', { problem, span, hint: numeric.hint })] };
      }
      push(numeric.kind, at, numeric.end);
      at = numeric.end;
    } else if (identifier) {
      push('identifier', at, at + identifier.length);
      at += identifier.length;
    } else if (operator) {
      push('operator', at, at + operator.length);
      at += operator.length;
    } else if (PUNCTUATION.includes(char)) {
      push('punctuation', at, at + 1);
      at += 1;
    } else {
      const span = spanOf(at, at + char.length);
      const problem = `unexpected character '${char}'`;
      return {
        ok: false,
        issues: [issueAt('unexpected_character', { problem, span, hint: CHARACTER_HINTS[char] })],
      };
    }
  }
  // The end sits just after the last token, so "ends too soon" points at the line it ends on.
  const last = tokens.at(-1)?.span.end ?? 0;
  push('end', last, last);
  return { ok: true, value: tokens };
}
