import type { LeafNode } from './leaf-node.ts';
import type { RuleNode } from './rule-node.ts';

/**
 * The conditions of a rule in reading order.
 *
 * @example
 * collectLeaves(parsed('a = 1 AND (b = 2 OR NOT c = 3)')).length // => 3
 */
export function collectLeaves(node: RuleNode): LeafNode[] {
  switch (node.kind) {
    case 'and':
    case 'or':
      return node.operands.flatMap(collectLeaves);
    case 'not':
      return collectLeaves(node.operand);
    default:
      return [node];
  }
}
