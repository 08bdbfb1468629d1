import type { ValueNode } from '../ast/value-node.ts';

/** A number as the tokenizer reads it back, keeping the sign of -0. */
function numberToText(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value);
}

/**
 * A literal as rule text: text in single quotes with `'` doubled, numbers as JavaScript prints
 * them (`1e+21` reads back), relative dates as `-30d`.
 *
 * @example
 * valueToText({ kind: 'string', value: "Can't Lose Them" }) // => "'Can''t Lose Them'"
 */
export function valueToText(value: ValueNode): string {
  switch (value.kind) {
    case 'string':
      return `'${value.value.replaceAll("'", "''")}'`;
    case 'number':
      return numberToText(value.value);
    case 'boolean':
      return String(value.value);
    case 'relative_date':
      return `${numberToText(value.amount)}${value.unit}`;
    default: {
      const exhaustive: never = value;
      throw new Error(`unknown value ${JSON.stringify(exhaustive)}`);
    }
  }
}
