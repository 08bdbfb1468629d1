import { z } from 'zod';
import { Span } from './span.ts';

/** The largest offset a relative date may have (five digits), so date arithmetic stays in range. */
const MAX_RELATIVE_AMOUNT = 99_999;

/**
 * A literal on the right of a condition. A relative date `-30d` is `{ amount: -30, unit: 'd' }`
 * and means the analysis date plus that offset; absolute dates are strings like '2024-01-31'.
 */
export const ValueNode = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('string'), value: z.string(), span: Span.optional() }),
  z.object({ kind: z.literal('number'), value: z.number(), span: Span.optional() }),
  z.object({ kind: z.literal('boolean'), value: z.boolean(), span: Span.optional() }),
  z.object({
    kind: z.literal('relative_date'),
    amount: z.number().int().min(-MAX_RELATIVE_AMOUNT).max(MAX_RELATIVE_AMOUNT),
    unit: z.enum(['d', 'w', 'm', 'y']),
    span: Span.optional(),
  }),
]);
export type ValueNode = z.infer<typeof ValueNode>;
