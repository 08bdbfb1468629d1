import { z } from 'zod';
import { PatronError } from '../errors/index.ts';
import type { DemoOptions } from './demo-options.ts';

const DemoOptionsInput = z.object({
  customers: z.number().int().min(1).max(100_000_000),
  seed: z
    .number()
    .int()
    .min(-(2 ** 31))
    .max(2 ** 32),
  outDir: z.string().min(1),
  endDate: z.iso.date().optional(),
});

/**
 * Checks the options and fills in the default end date; throws `invalid_demo_options` with a
 * plain message when something is off.
 *
 * @example
 * checkDemoOptions({ customers: 100, seed: 1, outDir: '/tmp/demo' }).endDate; // '2026-10-31'
 */
export function checkDemoOptions(options: DemoOptions): Required<DemoOptions> {
  const parsed = DemoOptionsInput.safeParse(options);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new PatronError(
      'invalid_demo_options',
      `The demo cannot be generated: ${issues}. Use a whole number of customers (1 to 100 million), a whole-number seed and an end date like 2026-10-31.`,
    );
  }
  return { ...parsed.data, endDate: parsed.data.endDate ?? '2026-10-31' };
}
