import type { RuleNode } from '../ast/rule-node.ts';
import type { Catalogue } from '../catalogue/field-spec.ts';
import { issueAt } from '../issues/issue-at.ts';
import type { RuleResult } from '../issues/rule-result.ts';
import type { CheckContext } from './check-context.ts';
import { checkLeaf } from './check-leaf.ts';

/** Deep enough for anything the parser accepts (100 levels of brackets and NOT), shallow enough for the stack. */
const MAX_TREE_DEPTH = 400;

function checkNode(node: RuleNode, context: CheckContext, depth: number): RuleNode {
  if (depth > MAX_TREE_DEPTH) {
    const issue = issueAt('too_deep', {
      problem: 'the rule nests too deeply',
      span: node.span,
      hint: 'simplify it',
    });
    context.issues.push(issue);
    return node;
  }
  switch (node.kind) {
    case 'and':
    case 'or':
      return { ...node, operands: node.operands.map((o) => checkNode(o, context, depth + 1)) };
    case 'not':
      return { ...node, operand: checkNode(node.operand, context, depth + 1) };
    default:
      return checkLeaf(node, context);
  }
}

/**
 * Type-checks a rule before it runs: every field and function exists, operators suit the types,
 * values match them (dates with dates, IN lists with the field, enum values among the allowed
 * ones). All issues are reported at once, each with a suggestion where one is close. On success
 * the rule comes back in canonical form: names lower-case, enum values and codes as stored.
 *
 * @example
 * checkRule(parsed, DEFAULT_CATALOGUE)
 * // "rfm_group = 'At Risc'" => { ok: false, issues: [{ code: 'unknown_value', suggestion: 'At Risk', … }] }
 */
export function checkRule(node: RuleNode, catalogue: Catalogue): RuleResult<RuleNode> {
  const context: CheckContext = { catalogue, issues: [] };
  const value = checkNode(node, context, 0);
  return context.issues.length === 0 ? { ok: true, value } : { ok: false, issues: context.issues };
}
