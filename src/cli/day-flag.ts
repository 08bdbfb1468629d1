import { z } from 'zod';

/** A date given on the command line, `YYYY-MM-DD`. */
export const DayFlag = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD');
