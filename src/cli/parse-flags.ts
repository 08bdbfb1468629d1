import type { z } from 'zod';
import { PatronError } from '../errors/index.ts';

/**
 * Checks a command's flags against its zod schema; a bad flag is an `invalid_flag` error naming
 * every flag as typed (`--calibration-end`, not `calibrationEnd`) with what is wrong.
 *
 * @example
 * const flags = parseFlags(Flags, raw); // throws PatronError('invalid_flag', '--horizon: write the horizon in days, e.g. 365d')
 */
export function parseFlags<Schema extends z.ZodType>(schema: Schema, raw: unknown): z.output<Schema> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const flag = String(issue.path[0] ?? '').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    return `--${flag}: ${issue.message}`;
  });
  throw new PatronError('invalid_flag', `${problems.join('; ')}.`);
}
