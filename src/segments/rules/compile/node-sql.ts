import { type Sql, sql } from '../../../store/index.ts';
import type { RuleNode } from '../ast/rule-node.ts';
import type { CompileContext } from './compile-context.ts';
import { leafSql } from './leaf-sql.ts';

/**
 * A checked rule tree as one SQL boolean over `p`; every group is parenthesised.
 *
 * @example
 * nodeSql(parsed('a = 1 OR NOT b = 2'), context) // => (coalesce(…, false) OR (NOT coalesce(…, false)))
 */
export function nodeSql(node: RuleNode, context: CompileContext): Sql {
  switch (node.kind) {
    case 'and':
    case 'or': {
      const operands = node.operands.map((o) => nodeSql(o, context));
      return sql`(${sql.join(operands, node.kind === 'and' ? ' AND ' : ' OR ')})`;
    }
    case 'not':
      return sql`(NOT ${nodeSql(node.operand, context)})`;
    default:
      return leafSql(node, context);
  }
}
