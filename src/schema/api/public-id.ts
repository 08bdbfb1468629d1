import { z } from 'zod';

/**
 * An id as the API shows it: `<workspaceId>_<number>`, e.g. `default_42`. The workspace is part of
 * the id, so an id from another workspace never names anything in this one (it answers 404).
 */
export const PublicId = z
  .string()
  .regex(/^[a-z0-9]+_\d+$/)
  .describe('workspace-scoped id, e.g. default_42');
export type PublicId = z.infer<typeof PublicId>;
