import { type Sql, type Store, sql } from '../../../store/index.ts';
import { collectLeaves } from '../ast/collect-leaves.ts';
import type { LeafNode } from '../ast/leaf-node.ts';
import type { RuleNode } from '../ast/rule-node.ts';
import type { Catalogue } from '../catalogue/field-spec.ts';
import { checkRule } from '../check/check-rule.ts';
import { assertAsOf } from '../compile/assert-as-of.ts';
import type { CompileContext } from '../compile/compile-context.ts';
import { leafSql } from '../compile/leaf-sql.ts';
import { nodeSql } from '../compile/node-sql.ts';
import { subjectSql } from '../compile/subject-sql.ts';
import type { RuleResult } from '../issues/rule-result.ts';
import { ruleToText } from '../print/rule-to-text.ts';
import { subjectToText } from '../print/subject-to-text.ts';
import type { ExplainedCondition, RuleExplanation } from './rule-explanation.ts';

/** The customer's value for a condition's subject, shaped for JSON: dates as text, numbers as DOUBLE. */
function subjectValueSql(leaf: LeafNode, context: CompileContext): Sql {
  const { expression, type } = subjectSql(leaf.kind === 'call' ? leaf : leaf.subject, context);
  if (type === 'date') return sql`CAST(${expression} AS VARCHAR)`;
  return type === 'number' ? sql`CAST(${expression} AS DOUBLE)` : expression;
}

/**
 * Explains a rule for one customer: for every condition, whether it held and the customer's value,
 * and whether the whole rule matched — all from one SELECT over `customer_profile p`, with the
 * same SQL the segment uses. Returns the check's issues for a bad rule, `unknown_customer` for an
 * id with no profile row.
 *
 * @example
 * const why = await explainRule(store, parsed, DEFAULT_CATALOGUE, 42, '2024-06-30');
 * // why.value.conditions[0] => { text: 'number_of_orders >= 3', held: true, subject: 'number_of_orders', value: 5, span }
 */
export async function explainRule(
  store: Store,
  node: RuleNode,
  catalogue: Catalogue,
  customerId: number | bigint,
  asOf: string,
): Promise<RuleResult<RuleExplanation>> {
  assertAsOf(asOf);
  const checked = checkRule(node, catalogue);
  if (!checked.ok) return checked;
  const context: CompileContext = { catalogue, asOf };
  const leaves = collectLeaves(checked.value);
  const columns = leaves.flatMap((leaf, i) => [
    sql`${leafSql(leaf, context)} AS ${sql.ident(`held_${i}`)}`,
    sql`${subjectValueSql(leaf, context)} AS ${sql.ident(`value_${i}`)}`,
  ]);
  const row = await store.one(
    sql`SELECT ${nodeSql(checked.value, context)} AS matched, ${sql.join(columns)} FROM customer_profile p WHERE p.customer_id = ${customerId}`,
  );
  if (!row)
    return {
      ok: false,
      issues: [{ code: 'unknown_customer', message: `there is no customer ${customerId}` }],
    };
  const conditions = leaves.map((leaf, i): ExplainedCondition => {
    const condition: ExplainedCondition = {
      text: ruleToText(leaf),
      held: row[`held_${i}`] === true,
      subject: subjectToText(leaf.kind === 'call' ? leaf : leaf.subject),
      value: (row[`value_${i}`] ?? null) as ExplainedCondition['value'],
    };
    if (leaf.span) condition.span = leaf.span;
    return condition;
  });
  return { ok: true, value: { customerId, asOf, matched: row.matched === true, conditions } };
}
