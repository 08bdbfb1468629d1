const COUNT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/**
 * A whole number with thousands separators; a dash for a missing value.
 *
 * @example
 * formatCount(12345) // => '12,345'
 */
export function formatCount(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '–' : COUNT.format(value);
}
