import type { ValueNode } from '../ast/value-node.ts';
import { valueToText } from '../print/value-to-text.ts';

/**
 * A literal named for a message: "the number 30", "the text 'GB'", "true", "the date -30d".
 *
 * @example
 * describeValue({ kind: 'number', value: 30 }) // => 'the number 30'
 */
export function describeValue(value: ValueNode): string {
  switch (value.kind) {
    case 'string':
      return `the text ${valueToText(value)}`;
    case 'number':
      return `the number ${valueToText(value)}`;
    case 'boolean':
      return valueToText(value);
    case 'relative_date':
      return `the date ${valueToText(value)}`;
    default: {
      const exhaustive: never = value;
      throw new Error(`unknown value ${JSON.stringify(exhaustive)}`);
    }
  }
}
