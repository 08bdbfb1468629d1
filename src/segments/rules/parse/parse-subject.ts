import type { CallNode } from '../ast/call-node.ts';
import { KEYWORDS } from '../ast/keywords.ts';
import type { SubjectNode } from '../ast/subject-node.ts';
import { parseValue } from './parse-value.ts';
import type { TokenCursor } from './token-cursor.ts';

const CONDITION_START = "expected a condition, such as number_of_orders >= 3, in_segment('vip'), NOT or (";

/**
 * Reads a field name, or a function call with its (named or positional) arguments.
 *
 * @example
 * parseSubject(cursor) // over "in_segment('vip')" => { kind: 'call', name: 'in_segment', args: [{ name: null, … }], span }
 */
export function parseSubject(cursor: TokenCursor): SubjectNode {
  const first = cursor.peek();
  if (first.kind !== 'identifier' || KEYWORDS.has(first.text.toLowerCase()))
    return cursor.fail(CONDITION_START);
  cursor.next();
  if (!cursor.isPunctuation('(')) return { kind: 'field', name: first.text, span: first.span };
  const open = cursor.next();
  const args: CallNode['args'] = [];
  while (!cursor.isPunctuation(')')) {
    if (args.length > 0) {
      if (!cursor.isPunctuation(','))
        cursor.fail(
          `expected ',' or ')' to close the '(' at line ${open.span.line}, column ${open.span.column}`,
        );
      cursor.next();
    }
    const argumentStart = cursor.peek();
    const named = argumentStart.kind === 'identifier' && cursor.isPunctuation(':', 1);
    if (named) {
      if (KEYWORDS.has(argumentStart.text.toLowerCase()))
        cursor.fail('expected an argument name, such as since');
      cursor.next();
      cursor.next();
    }
    const value = parseValue(cursor, named ? `'${argumentStart.text}:'` : `'${first.text}('`);
    args.push({ name: named ? argumentStart.text : null, value, span: cursor.spanFrom(argumentStart) });
  }
  cursor.next();
  return { kind: 'call', name: first.text, args, span: cursor.spanFrom(first) };
}
