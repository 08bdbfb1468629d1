import { type Sql, sql } from '../../../store/index.ts';
import type { SubjectNode } from '../ast/subject-node.ts';
import type { RuleType } from '../catalogue/field-spec.ts';
import { attributeSql } from './attribute-sql.ts';
import type { CompileContext } from './compile-context.ts';
import { inClusterSql } from './in-cluster-sql.ts';
import { inSegmentSql } from './in-segment-sql.ts';
import { productsPurchasedSql } from './products-purchased-sql.ts';

/** A subject as SQL over the profile row `p`, its type, and whether its text compares ignoring case. */
export interface CompiledSubject {
  expression: Sql;
  type: RuleType;
  ignoreCase: boolean;
}

/**
 * Compiles a checked subject: a field becomes the quoted column `p."name"` (the name from the
 * catalogue, never from rule text); a call becomes its subquery.
 *
 * @example
 * subjectSql({ kind: 'field', name: 'city' }, context) // => { expression: p."city", type: 'string', ignoreCase: true }
 */
export function subjectSql(subject: SubjectNode, context: CompileContext): CompiledSubject {
  if (subject.kind === 'field') {
    const field = context.catalogue.find((f) => f.name === subject.name && f.userFacing !== false);
    if (!field) throw new Error(`unknown field ${subject.name}; check the rule first`);
    const ignoreCase = (field.type === 'string' || field.type === 'enum') && field.letterCase !== 'upper';
    return { expression: sql`p.${sql.ident(field.name)}`, type: field.type, ignoreCase };
  }
  switch (subject.name) {
    case 'products_purchased':
      return { expression: productsPurchasedSql(subject, context), type: 'number', ignoreCase: false };
    case 'in_segment':
      return { expression: inSegmentSql(subject), type: 'boolean', ignoreCase: false };
    case 'in_cluster':
      return { expression: inClusterSql(subject), type: 'boolean', ignoreCase: false };
    case 'attribute':
      return { expression: attributeSql(subject), type: 'string', ignoreCase: true };
    default:
      throw new Error(`unknown function ${subject.name}; check the rule first`);
  }
}
