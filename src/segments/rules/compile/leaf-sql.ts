import { type Sql, sql } from '../../../store/index.ts';
import type { LeafNode } from '../ast/leaf-node.ts';
import type { CompileContext } from './compile-context.ts';
import { subjectSql } from './subject-sql.ts';
import { valueSql } from './value-sql.ts';

/** SQL spelling of each rule operator; looked up, so rule text never becomes SQL text. */
const SQL_OPERATORS: Record<string, string> = {
  '=': '=',
  '!=': '<>',
  '<': '<',
  '<=': '<=',
  '>': '>',
  '>=': '>=',
};

function condition(leaf: LeafNode, context: CompileContext): Sql {
  const subject = subjectSql(leaf.kind === 'call' ? leaf : leaf.subject, context);
  const fold = (expression: Sql) => (subject.ignoreCase ? sql`lower(${expression})` : expression);
  const value = (node: Parameters<typeof valueSql>[0]) => fold(valueSql(node, subject.type, context.asOf));
  const not = (negated: boolean) => sql.trusted(negated ? 'NOT ' : '');
  switch (leaf.kind) {
    case 'compare': {
      const operator = SQL_OPERATORS[leaf.operator];
      if (operator === undefined) throw new Error(`unknown operator ${leaf.operator}`);
      return sql`${fold(subject.expression)} ${sql.trusted(operator)} ${value(leaf.value)}`;
    }
    case 'between':
      return sql`${subject.expression} ${not(leaf.negated)}BETWEEN ${value(leaf.low)} AND ${value(leaf.high)}`;
    case 'in':
      return sql`${fold(subject.expression)} ${not(leaf.negated)}IN (${sql.join(leaf.values.map(value))})`;
    case 'is_null':
      return sql`${subject.expression} IS ${not(leaf.negated)}NULL`;
    case 'call':
      return subject.expression;
    default: {
      const exhaustive: never = leaf;
      throw new Error(`unknown condition ${JSON.stringify(exhaustive)}`);
    }
  }
}

/**
 * One checked condition as a SQL boolean that is never NULL: a test on a missing value is false,
 * so `NOT` of it is true and the rule stays two-valued.
 *
 * @example
 * leafSql(parsed('churn_probability > 0.7'), context)
 * // => coalesce(p."churn_probability" > CAST($1 AS DOUBLE), false) with [0.7]
 */
export function leafSql(leaf: LeafNode, context: CompileContext): Sql {
  return sql`coalesce(${condition(leaf, context)}, false)`;
}
