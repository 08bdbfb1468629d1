import { z } from 'zod';
import { CallNode } from './call-node.ts';
import { Identifier } from './identifier.ts';
import { Span } from './span.ts';

/** What a condition tests: a field of the customer profile, or a function of the customer. */
export const SubjectNode = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('field'), name: Identifier, span: Span.optional() }),
  CallNode,
]);
export type SubjectNode = z.infer<typeof SubjectNode>;
