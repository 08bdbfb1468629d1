import type { LeafNode } from '../ast/leaf-node.ts';
import type { Span } from '../ast/span.ts';
import { issueAt } from '../issues/issue-at.ts';
import { checkCall } from './check-call.ts';
import type { CheckContext, ValueTarget } from './check-context.ts';
import { checkSubject } from './check-subject.ts';
import { checkValue } from './check-value.ts';

const ORDERED = new Set(['number', 'date']);

/** Text, enum and true/false values are only equal or not; numbers and dates also order. */
function checkOperator(
  operator: string,
  target: ValueTarget,
  span: Span | undefined,
  context: CheckContext,
): boolean {
  if (ORDERED.has(target.type) || operator === '=' || operator === '!=') return true;
  const hint = target.type === 'boolean' ? 'use = true or = false' : 'use =, !=, IN or IS NULL';
  context.issues.push(
    issueAt('type_mismatch', { problem: `cannot use '${operator}' with ${target.label}`, span, hint }),
  );
  return false;
}

/**
 * Checks one condition: its subject is known, its operator suits the subject's type, and every
 * value matches that type. Returns the condition in canonical form.
 *
 * @example
 * checkLeaf(parsed("rfm_group = 'at risk'"), context) // => compare with value 'At Risk'
 */
export function checkLeaf(leaf: LeafNode, context: CheckContext): LeafNode {
  const { issues } = context;
  switch (leaf.kind) {
    case 'compare': {
      const { node, target } = checkSubject(leaf.subject, context);
      if (!target || !checkOperator(leaf.operator, target, leaf.span, context))
        return { ...leaf, subject: node };
      return { ...leaf, subject: node, value: checkValue(leaf.value, target, issues) };
    }
    case 'between': {
      const { node, target } = checkSubject(leaf.subject, context);
      if (!target) return { ...leaf, subject: node };
      if (!ORDERED.has(target.type)) {
        const problem = `cannot use BETWEEN with ${target.label}`;
        issues.push(
          issueAt('type_mismatch', { problem, span: leaf.span, hint: 'BETWEEN works on numbers and dates' }),
        );
        return { ...leaf, subject: node };
      }
      return {
        ...leaf,
        subject: node,
        low: checkValue(leaf.low, target, issues),
        high: checkValue(leaf.high, target, issues),
      };
    }
    case 'in': {
      const { node, target } = checkSubject(leaf.subject, context);
      if (!target) return { ...leaf, subject: node };
      return { ...leaf, subject: node, values: leaf.values.map((v) => checkValue(v, target, issues)) };
    }
    case 'is_null': {
      const { node, target } = checkSubject(leaf.subject, context);
      if (target && node.kind === 'call') {
        const hint = 'IS NULL only applies to fields';
        issues.push(
          issueAt('type_mismatch', { problem: `${node.name}(…) always has a value`, span: leaf.span, hint }),
        );
      }
      return { ...leaf, subject: node };
    }
    case 'call': {
      const { node, spec } = checkCall(leaf, context);
      if (spec && spec.returns !== 'boolean') {
        const problem = `${spec.name}(…) is a number, so it needs a comparison`;
        issues.push(
          issueAt('type_mismatch', { problem, span: leaf.span, hint: `for example ${spec.example}` }),
        );
      }
      return node;
    }
    default: {
      const exhaustive: never = leaf;
      throw new Error(`unknown condition ${JSON.stringify(exhaustive)}`);
    }
  }
}
