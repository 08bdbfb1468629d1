import { type Sql, sql } from '../../../store/index.ts';
import type { ValueNode } from '../ast/value-node.ts';
import type { RuleType } from '../catalogue/field-spec.ts';
import { dateValueSql } from './date-value-sql.ts';

/**
 * A checked literal as a bound, explicitly typed SQL value. Numbers are DOUBLE so that
 * `number_of_orders > 2.5` is not rounded to an integer comparison.
 *
 * @example
 * valueSql({ kind: 'number', value: 3 }, 'number', '2024-06-30') // => CAST($1 AS DOUBLE) with [3]
 */
export function valueSql(value: ValueNode, type: RuleType, asOf: string): Sql {
  if (type === 'date') return dateValueSql(value, asOf);
  switch (value.kind) {
    case 'number':
      return sql`CAST(${value.value} AS DOUBLE)`;
    case 'string':
      return sql`CAST(${value.value} AS VARCHAR)`;
    case 'boolean':
      return sql`CAST(${value.value} AS BOOLEAN)`;
    case 'relative_date':
      return dateValueSql(value, asOf);
    default: {
      const exhaustive: never = value;
      throw new Error(`unknown value ${JSON.stringify(exhaustive)}`);
    }
  }
}
