import { z } from 'zod';

/** Every error the API answers with: a snake_case code and a message written for a shop owner. */
export const ApiError = z
  .object({
    error: z.object({
      code: z.string().describe('snake_case error code, e.g. unknown_segment, rate_limited'),
      message: z.string().describe('what went wrong, in plain words'),
      location: z
        .object({
          line: z.number().int().optional(),
          column: z.number().int().optional(),
          row: z.number().int().optional(),
          file: z.string().optional(),
        })
        .optional()
        .describe('where the problem is, when known (for rule errors: line and column)'),
    }),
  })
  .meta({ id: 'ApiError' });
export type ApiError = z.infer<typeof ApiError>;
