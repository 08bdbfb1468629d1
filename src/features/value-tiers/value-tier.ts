import { z } from 'zod';

/** A customer's tier by historical value (net amount spent). */
export const ValueTier = z.enum(['high', 'medium', 'low']);

export type ValueTier = z.infer<typeof ValueTier>;
