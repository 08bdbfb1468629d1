import { z } from 'zod';

/**
 * Where a node sits in the rule text: `start`/`end` are offsets (end exclusive),
 * `line` and `column` (both from 1) are where it starts.
 */
export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
});
export type Span = z.infer<typeof Span>;
