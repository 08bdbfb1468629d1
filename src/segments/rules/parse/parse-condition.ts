import type { LeafNode } from '../ast/leaf-node.ts';
import type { RuleNode } from '../ast/rule-node.ts';
import type { ValueNode } from '../ast/value-node.ts';
import { parseSubject } from './parse-subject.ts';
import { parseValue } from './parse-value.ts';
import type { TokenCursor } from './token-cursor.ts';

type Operator = Extract<RuleNode, { kind: 'compare' }>['operator'];

/**
 * Reads one condition: `subject op value`, `subject [NOT] BETWEEN a AND b`,
 * `subject [NOT] IN (v, …)`, `subject IS [NOT] NULL`, or a bare function call.
 *
 * @example
 * parseCondition(cursor) // over "country NOT IN ('GB')" => { kind: 'in', negated: true, values: [{ kind: 'string', value: 'GB' }], … }
 */
export function parseCondition(cursor: TokenCursor): LeafNode {
  const first = cursor.peek();
  const subject = parseSubject(cursor);
  const token = cursor.peek();
  if (token.kind === 'operator') {
    cursor.next();
    const operator = (token.text === '<>' ? '!=' : token.text) as Operator;
    const value = parseValue(cursor, `'${token.text}'`);
    return { kind: 'compare', subject, operator, value, span: cursor.spanFrom(first) };
  }
  const negated = cursor.isKeyword('not');
  if (negated) cursor.next();
  if (cursor.isKeyword('between')) {
    cursor.next();
    const low = parseValue(cursor, 'BETWEEN');
    if (!cursor.isKeyword('and'))
      cursor.fail('expected AND between the two ends of BETWEEN, as in BETWEEN 100 AND 500');
    cursor.next();
    const high = parseValue(cursor, 'AND');
    return { kind: 'between', subject, negated, low, high, span: cursor.spanFrom(first) };
  }
  if (cursor.isKeyword('in')) {
    cursor.next();
    if (!cursor.isPunctuation('(')) cursor.fail("expected '(' after IN, as in IN ('GB', 'FR')");
    cursor.next();
    const values: ValueNode[] = [parseValue(cursor, "'IN ('")];
    while (cursor.isPunctuation(',')) {
      cursor.next();
      values.push(parseValue(cursor, "','"));
    }
    if (!cursor.isPunctuation(')')) cursor.fail("expected ',' or ')' to end the IN list");
    cursor.next();
    return { kind: 'in', subject, negated, values, span: cursor.spanFrom(first) };
  }
  if (negated) cursor.fail('expected IN or BETWEEN after NOT');
  if (cursor.isKeyword('is')) {
    cursor.next();
    const isNot = cursor.isKeyword('not');
    if (isNot) cursor.next();
    if (!cursor.isKeyword('null')) cursor.fail(`expected NULL after IS${isNot ? ' NOT' : ''}`);
    cursor.next();
    return { kind: 'is_null', subject, negated: isNot, span: cursor.spanFrom(first) };
  }
  if (subject.kind === 'call') return subject;
  return cursor.fail(
    `expected a comparison after '${subject.name}', such as =, !=, >, BETWEEN, IN or IS NULL`,
  );
}
