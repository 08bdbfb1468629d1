import { z } from 'zod';
import { Identifier } from './identifier.ts';
import { Span } from './span.ts';
import { ValueNode } from './value-node.ts';

/**
 * A function call such as `products_purchased(category: 'Bread', since: -90d)` or
 * `in_segment('vip')`. An argument's `name` is null when it is given by position.
 */
export const CallNode = z.object({
  kind: z.literal('call'),
  name: Identifier,
  args: z.array(z.object({ name: Identifier.nullable(), value: ValueNode, span: Span.optional() })),
  span: Span.optional(),
});
export type CallNode = z.infer<typeof CallNode>;
