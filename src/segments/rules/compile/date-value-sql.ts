import { type Sql, sql } from '../../../store/index.ts';
import type { ValueNode } from '../ast/value-node.ts';

/** DuckDB interval constructors per unit; weeks are seven days. */
const UNIT_INTERVALS = {
  d: { fn: 'to_days', factor: 1 },
  w: { fn: 'to_days', factor: 7 },
  m: { fn: 'to_months', factor: 1 },
  y: { fn: 'to_years', factor: 1 },
} as const;

/**
 * A date literal as a SQL DATE: `'2024-01-31'` is cast, `-30d` is the analysis date plus 30 days
 * back. Months and years use calendar arithmetic (DuckDB clamps: 31 March − 1 month = 29 February).
 * The date and the offset are bound parameters; only the interval function name is program text.
 *
 * @example
 * dateValueSql({ kind: 'relative_date', amount: -30, unit: 'd' }, '2024-06-30')
 * // => CAST(CAST($1 AS DATE) + to_days(CAST($2 AS INTEGER)) AS DATE) with ['2024-06-30', -30]
 */
export function dateValueSql(value: ValueNode, asOf: string): Sql {
  if (value.kind === 'string') return sql`CAST(${value.value} AS DATE)`;
  if (value.kind !== 'relative_date') throw new Error(`a ${value.kind} is not a date; check the rule first`);
  const interval = UNIT_INTERVALS[value.unit];
  if (!interval) throw new Error(`unknown date unit ${String(value.unit)}`);
  const amount = value.amount * interval.factor;
  return sql`CAST(CAST(${asOf} AS DATE) + ${sql.trusted(interval.fn)}(CAST(${amount} AS INTEGER)) AS DATE)`;
}
