import { z } from 'zod';

/** `auto` (search 2..8), one k, or a range to search. */
export const KChoice = z.union([
  z.object({ mode: z.literal('auto') }),
  z.object({ mode: z.literal('fixed'), k: z.number().int().min(1).max(50) }),
  z.object({ mode: z.literal('range'), min: z.number().int().min(1), max: z.number().int().max(50) }),
]);
export type KChoice = z.infer<typeof KChoice>;

/**
 * Reads `auto`, `N` or `A..B` (the CLI's --k).
 *
 * @example
 * parseKChoice('2..6') // => { mode: 'range', min: 2, max: 6 }
 */
export function parseKChoice(text: string): KChoice {
  const trimmed = text.trim().toLowerCase();
  const check = (k: number) => {
    if (k < 1 || k > 50) throw new Error(`--k must be between 1 and 50, not ${k}`);
    return k;
  };
  if (trimmed === 'auto') return { mode: 'auto' };
  const range = /^(\d+)\s*\.\.\s*(\d+)$/.exec(trimmed);
  if (range) {
    const min = check(Number(range[1]));
    const max = check(Number(range[2]));
    return KChoice.parse({ mode: 'range', min: Math.min(min, max), max: Math.max(min, max) });
  }
  if (/^\d+$/.test(trimmed)) return KChoice.parse({ mode: 'fixed', k: check(Number(trimmed)) });
  throw new Error(`--k takes auto, a number or a range such as 2..8, not '${text}'`);
}
