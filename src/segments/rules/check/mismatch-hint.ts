import type { ValueNode } from '../ast/value-node.ts';
import { valueToText } from '../print/value-to-text.ts';
import type { ValueTarget } from './check-context.ts';

const DATE_HINT = "use a relative date like -30d or a date like '2024-01-31'";

function quoted(text: string): string {
  return valueToText({ kind: 'string', value: text });
}

/**
 * How to write a value that fits `target`, for a message about one that does not.
 *
 * @example
 * mismatchHint({ kind: 'string', value: '100' }, numberTarget) // => 'remove the quotes: 100'
 */
export function mismatchHint(value: ValueNode, target: ValueTarget): string {
  const allowed = target.field?.values ?? [];
  switch (target.type) {
    case 'number':
      return value.kind === 'string' && /^-?\d+(\.\d+)?$/.test(value.value.trim())
        ? `remove the quotes: ${value.value.trim()}`
        : 'use a number like 100';
    case 'date':
      return DATE_HINT;
    case 'boolean':
      return 'use true or false';
    case 'string':
      return `put text in single quotes, like ${quoted(value.kind === 'string' ? value.value : valueToText(value))}`;
    case 'enum':
      return `use one of ${allowed.map(quoted).join(', ')}`;
    default: {
      const exhaustive: never = target.type;
      throw new Error(`unknown type ${String(exhaustive)}`);
    }
  }
}
