import { PatronError } from '../../../errors/index.ts';
import type { Sql } from '../../../store/index.ts';
import type { RuleNode } from '../ast/rule-node.ts';
import type { Catalogue } from '../catalogue/field-spec.ts';
import { checkRule } from '../check/check-rule.ts';
import { assertAsOf } from './assert-as-of.ts';
import { nodeSql } from './node-sql.ts';

/**
 * Compiles a rule to a SQL boolean over the `customer_profile` row aliased `p`, for use as
 * `SELECT p.customer_id FROM customer_profile p WHERE ${condition}`. Every literal — and the
 * analysis date — is a bound parameter; field names come from the catalogue and are quoted.
 * A condition on a missing (NULL) value is false, and NOT of it true.
 *
 * The rule is checked first; call `checkRule` to show issues to a user, because a rule that fails
 * the check here throws a `PatronError` (`invalid_rule`), as does a malformed `asOf` (`invalid_as_of`).
 *
 * @example
 * const condition = compileRule(parsed, DEFAULT_CATALOGUE, { asOf: '2024-06-30' });
 * await store.all(sql`SELECT p.customer_id FROM customer_profile p WHERE ${condition}`);
 */
export function compileRule(node: RuleNode, catalogue: Catalogue, options: { asOf: string }): Sql {
  assertAsOf(options.asOf);
  const checked = checkRule(node, catalogue);
  if (!checked.ok) {
    const [first] = checked.issues;
    const position = first?.span && { position: { line: first.span.line, column: first.span.column } };
    const message = `This segment rule cannot run: ${first?.message ?? 'it did not pass the check'}`;
    throw new PatronError('invalid_rule', message, position, { issues: checked.issues });
  }
  return nodeSql(checked.value, { catalogue, asOf: options.asOf });
}
