import type { RuleNode } from '../ast/rule-node.ts';
import { subjectToText } from './subject-to-text.ts';
import { valueToText } from './value-to-text.ts';

/** An operand in parentheses when printing it bare would read back as a different tree. */
function operandToText(node: RuleNode, parent: 'and' | 'or' | 'not'): string {
  const text = ruleToText(node);
  const grouped = node.kind === 'or' || (node.kind === 'and' && parent !== 'or');
  return grouped ? `(${text})` : text;
}

/**
 * Prints a rule tree as rule text, with the fewest parentheses that keep its shape, so
 * `parseRule(ruleToText(node))` gives the same tree back (spans apart).
 *
 * @example
 * ruleToText(parseRule("country IN ('GB', 'FR') and NOT in_segment('vip')").value)
 * // => "country IN ('GB', 'FR') AND NOT in_segment('vip')"
 */
export function ruleToText(node: RuleNode): string {
  switch (node.kind) {
    case 'and':
    case 'or':
      return node.operands
        .map((o) => operandToText(o, node.kind))
        .join(node.kind === 'and' ? ' AND ' : ' OR ');
    case 'not':
      return `NOT ${operandToText(node.operand, 'not')}`;
    case 'compare':
      return `${subjectToText(node.subject)} ${node.operator} ${valueToText(node.value)}`;
    case 'between': {
      const between = `${node.negated ? 'NOT ' : ''}BETWEEN`;
      return `${subjectToText(node.subject)} ${between} ${valueToText(node.low)} AND ${valueToText(node.high)}`;
    }
    case 'in':
      return `${subjectToText(node.subject)} ${node.negated ? 'NOT ' : ''}IN (${node.values.map(valueToText).join(', ')})`;
    case 'is_null':
      return `${subjectToText(node.subject)} IS ${node.negated ? 'NOT ' : ''}NULL`;
    case 'call':
      return subjectToText(node);
    default: {
      const exhaustive: never = node;
      throw new Error(`unknown rule node ${JSON.stringify(exhaustive)}`);
    }
  }
}
