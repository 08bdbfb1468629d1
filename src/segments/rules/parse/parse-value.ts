import type { ValueNode } from '../ast/value-node.ts';
import { issueAt } from '../issues/issue-at.ts';
import { ParseFailure } from './parse-failure.ts';
import type { TokenCursor } from './token-cursor.ts';

const VALUE_KINDS = "a number, 'text' in single quotes, true, false or a date like -30d";

/**
 * Reads one literal; `after` names what came before it, for the message when it is missing.
 *
 * @example
 * parseValue(cursor, "'>'") // over '-30d' => { kind: 'relative_date', amount: -30, unit: 'd', span }
 */
export function parseValue(cursor: TokenCursor, after: string): ValueNode {
  const token = cursor.peek();
  const { span } = token;
  switch (token.kind) {
    case 'string':
      cursor.next();
      return { kind: 'string', value: token.value, span };
    case 'number':
      cursor.next();
      return { kind: 'number', value: Number(token.text), span };
    case 'relative_date': {
      cursor.next();
      const unit = token.text.slice(-1).toLowerCase() as 'd' | 'w' | 'm' | 'y';
      return { kind: 'relative_date', amount: Number(token.text.slice(0, -1)), unit, span };
    }
    case 'identifier': {
      const word = token.text.toLowerCase();
      if (word === 'true' || word === 'false') {
        cursor.next();
        return { kind: 'boolean', value: word === 'true', span };
      }
      if (word === 'null') {
        const hint = 'test for a missing value with IS NULL or IS NOT NULL';
        throw new ParseFailure(
          issueAt('unexpected_token', { problem: `unexpected '${token.text}'`, span, hint }),
        );
      }
      return cursor.fail(`put text in single quotes, like '${token.text}'`);
    }
    case 'operator':
    case 'punctuation':
    case 'end':
      return cursor.fail(`expected a value after ${after}: ${VALUE_KINDS}`);
    default: {
      const exhaustive: never = token.kind;
      throw new Error(`unknown token kind ${String(exhaustive)}`);
    }
  }
}
