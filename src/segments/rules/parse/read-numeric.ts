const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHOLE = /^-?\d+$/;
const UNIT = /[dwmyDWMY]/;
const NAME_CHAR = /[A-Za-z0-9_.]/;
const MAX_RELATIVE_DIGITS = 5;

/** A numeric literal read from rule text, or the reason the text is not one. */
export type NumericLiteral =
  | { kind: 'number' | 'relative_date'; end: number }
  | { kind: 'bad'; end: number; hint: string };

/**
 * Reads the number (`42`, `-0.7`, `1e6`) or relative date (`-30d`, `2w`, `-6m`, `-1y`) that starts
 * at `start`, which holds a digit or a `-` followed by a digit.
 *
 * @example
 * readNumeric('x > -30d', 4) // => { kind: 'relative_date', end: 8 }
 */
export function readNumeric(text: string, start: number): NumericLiteral {
  NUMBER.lastIndex = start;
  const digits = NUMBER.exec(text)?.[0] ?? '';
  let end = start + digits.length;
  const next = text[end] ?? '';
  const afterUnit = text[end + 1] ?? '';
  if (WHOLE.test(digits) && UNIT.test(next) && !NAME_CHAR.test(afterUnit)) {
    if (digits.replace('-', '').length > MAX_RELATIVE_DIGITS) {
      return {
        kind: 'bad',
        end: end + 1,
        hint: 'a relative date can be at most 99999 days, weeks, months or years away',
      };
    }
    return { kind: 'relative_date', end: end + 1 };
  }
  if (!NAME_CHAR.test(next)) return { kind: 'number', end };
  while (NAME_CHAR.test(text[end] ?? '')) end++;
  const word = text.slice(start, end);
  const hint = /^-?\d+(?:\.\d+)?[dwmy][a-z]*$/i.test(word)
    ? 'write a relative date as a whole number and one letter: -30d, -2w, -6m or -1y'
    : 'write a number like 42, -5 or 0.7';
  return { kind: 'bad', end, hint };
}
