import { z } from 'zod';

/** Where a customer is in their relationship with the shop, judged against their own rhythm. */
export const LifecycleStage = z.enum(['new', 'active', 'reactivated', 'at_risk', 'lapsed', 'lost']);

export type LifecycleStage = z.infer<typeof LifecycleStage>;
