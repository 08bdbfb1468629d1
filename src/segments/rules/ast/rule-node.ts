import { z } from 'zod';
import { CallNode } from './call-node.ts';
import { Span } from './span.ts';
import { SubjectNode } from './subject-node.ts';
import { ValueNode } from './value-node.ts';

const span = Span.optional();

/**
 * The syntax tree of a segment rule, also its JSON form for the API and the UI.
 * `and`/`or` hold two or more operands; a parenthesised group of the same kind stays nested.
 * Leaves are `compare`, `between`, `in`, `is_null`, and a bare `call` used as a true/false test.
 * Spans are optional so a UI can build a tree by hand; `parseRule` always fills them.
 */
export const RuleNode = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('and'),
    get operands(): z.ZodArray<typeof RuleNode> {
      return z.array(RuleNode).min(2);
    },
    span,
  }),
  z.object({
    kind: z.literal('or'),
    get operands(): z.ZodArray<typeof RuleNode> {
      return z.array(RuleNode).min(2);
    },
    span,
  }),
  z.object({
    kind: z.literal('not'),
    get operand(): typeof RuleNode {
      return RuleNode;
    },
    span,
  }),
  z.object({
    kind: z.literal('compare'),
    subject: SubjectNode,
    operator: z.enum(['=', '!=', '<', '<=', '>', '>=']),
    value: ValueNode,
    span,
  }),
  z.object({
    kind: z.literal('between'),
    subject: SubjectNode,
    negated: z.boolean(),
    low: ValueNode,
    high: ValueNode,
    span,
  }),
  z.object({
    kind: z.literal('in'),
    subject: SubjectNode,
    negated: z.boolean(),
    values: z.array(ValueNode).min(1),
    span,
  }),
  z.object({ kind: z.literal('is_null'), subject: SubjectNode, negated: z.boolean(), span }),
  CallNode,
]);
export type RuleNode = z.infer<typeof RuleNode>;
