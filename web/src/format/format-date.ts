const DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * A date or timestamp (ISO text) as '3 Mar 2025'; the text itself when it is not a date, a dash when missing.
 *
 * @example
 * formatDate('2025-03-03') // => '3 Mar 2025'
 */
export function formatDate(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '–';
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(ms) ? value : DATE.format(ms);
}
