import type { RuleNode } from '../ast/rule-node.ts';
import { issueAt } from '../issues/issue-at.ts';
import { parseCondition } from './parse-condition.ts';
import { ParseFailure } from './parse-failure.ts';
import type { TokenCursor } from './token-cursor.ts';

/** Parentheses and NOTs nest at most this deep, so a hostile rule cannot exhaust the stack. */
const MAX_DEPTH = 100;

/**
 * Reads `expression = and_expr { OR and_expr }`, the loosest-binding level; `depth` counts the
 * brackets and NOTs around it.
 *
 * @example
 * parseExpression(cursor) // over 'a > 1 OR b > 2 AND c > 3' => { kind: 'or', operands: [a > 1, { kind: 'and', … }] }
 */
export function parseExpression(cursor: TokenCursor, depth = 0): RuleNode {
  return parseChain(cursor, 'or', () => parseChain(cursor, 'and', () => parseNot(cursor, depth)));
}

function parseChain(cursor: TokenCursor, word: 'and' | 'or', parseOperand: () => RuleNode): RuleNode {
  const first = cursor.peek();
  const operands = [parseOperand()];
  while (cursor.isKeyword(word)) {
    cursor.next();
    operands.push(parseOperand());
  }
  const [only] = operands;
  return operands.length === 1 && only ? only : { kind: word, operands, span: cursor.spanFrom(first) };
}

function parseNot(cursor: TokenCursor, depth: number): RuleNode {
  const first = cursor.peek();
  if (depth > MAX_DEPTH) {
    const hint = `use at most ${MAX_DEPTH} levels of parentheses and NOT`;
    throw new ParseFailure(
      issueAt('too_deep', { problem: 'the rule nests too deeply', span: first.span, hint }),
    );
  }
  if (cursor.isKeyword('not')) {
    cursor.next();
    const operand = parseNot(cursor, depth + 1);
    return { kind: 'not', operand, span: cursor.spanFrom(first) };
  }
  if (!cursor.isPunctuation('(')) return parseCondition(cursor);
  cursor.next();
  const inner = parseExpression(cursor, depth + 1);
  if (!cursor.isPunctuation(')')) {
    cursor.fail(
      `expected AND, OR or ')' to close the '(' at line ${first.span.line}, column ${first.span.column}`,
    );
  }
  cursor.next();
  return inner;
}
