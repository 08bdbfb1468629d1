import type { SubjectNode } from '../ast/subject-node.ts';
import { valueToText } from './value-to-text.ts';

/**
 * A field name, or a call with its arguments: `products_purchased(category: 'Bread', since: -90d)`.
 *
 * @example
 * subjectToText({ kind: 'call', name: 'in_segment', args: [{ name: null, value: { kind: 'string', value: 'vip' } }] })
 * // => "in_segment('vip')"
 */
export function subjectToText(subject: SubjectNode): string {
  if (subject.kind === 'field') return subject.name;
  const args = subject.args.map((a) => `${a.name === null ? '' : `${a.name}: `}${valueToText(a.value)}`);
  return `${subject.name}(${args.join(', ')})`;
}
