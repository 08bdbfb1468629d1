const TWO_DIGITS = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));

/**
 * `HH:MM:SS` for a second of the day (0 … 86 399); a table lookup, as it runs millions of times.
 *
 * @example
 * clockText(7 * 3600 + 5 * 60 + 9); // '07:05:09'
 */
export function clockText(secondOfDay: number): string {
  const hours = Math.floor(secondOfDay / 3600);
  const minutes = Math.floor((secondOfDay % 3600) / 60);
  return `${TWO_DIGITS[hours]}:${TWO_DIGITS[minutes]}:${TWO_DIGITS[secondOfDay % 60]}`;
}
