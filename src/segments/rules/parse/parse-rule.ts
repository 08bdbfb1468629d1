import type { RuleNode } from '../ast/rule-node.ts';
import { issueAt } from '../issues/issue-at.ts';
import type { RuleResult } from '../issues/rule-result.ts';
import { parseExpression } from './parse-expression.ts';
import { ParseFailure } from './parse-failure.ts';
import { TokenCursor } from './token-cursor.ts';
import { tokenizeRule } from './tokenize-rule.ts';

/**
 * Reads segment rule text into its syntax tree. Precedence is NOT > AND > OR; keywords are
 * case-insensitive; every node carries its span. The first problem found is returned as an issue
 * with its line and column — parsing never throws.
 *
 * @example
 * parseRule('number_of_orders >= 3 AND last_order_date > -30d')
 * // => { ok: true, value: { kind: 'and', operands: [{ kind: 'compare', … }, …], span } }
 */
export function parseRule(text: string): RuleResult<RuleNode> {
  const tokens = tokenizeRule(text);
  if (!tokens.ok) return tokens;
  const cursor = new TokenCursor(tokens.value);
  try {
    if (cursor.peek().kind === 'end') {
      const hint = 'write a condition, such as number_of_orders >= 3';
      return {
        ok: false,
        issues: [issueAt('unexpected_end', { problem: 'the rule is empty', span: cursor.peek().span, hint })],
      };
    }
    const node = parseExpression(cursor);
    if (cursor.isPunctuation(')')) cursor.fail("there is no '(' for it to close");
    if (cursor.peek().kind !== 'end') cursor.fail('expected AND, OR or the end of the rule');
    return { ok: true, value: node };
  } catch (error) {
    if (error instanceof ParseFailure) return { ok: false, issues: [error.issue] };
    throw error;
  }
}
