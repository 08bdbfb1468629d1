/**
 * A number of days as a shop owner reads it, rounded to one decimal.
 *
 * @example
 * formatDays(22.5) // => '22.5 days'
 * formatDays(1) // => '1 day'
 */
export function formatDays(days: number): string {
  const rounded = Math.round(days * 10) / 10;
  return `${rounded} ${rounded === 1 ? 'day' : 'days'}`;
}
