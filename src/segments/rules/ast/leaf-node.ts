import type { RuleNode } from './rule-node.ts';

/** A condition that tests the customer directly: everything but `and`, `or` and `not`. */
export type LeafNode = Exclude<RuleNode, { kind: 'and' | 'or' | 'not' }>;
