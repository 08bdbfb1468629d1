import { z } from 'zod';
import { KEYWORDS } from './keywords.ts';

/** A field, function or argument name: letters, digits and `_`, not starting with a digit, not a keyword. */
export const Identifier = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'a name is letters, digits and _, and does not start with a digit')
  .refine((name) => !KEYWORDS.has(name.toLowerCase()), 'a keyword cannot be used as a name');
export type Identifier = z.infer<typeof Identifier>;
