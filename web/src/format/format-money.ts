/**
 * An amount of money, with the currency symbol when the currency is known; a dash for a missing value.
 * Amounts of 10,000 and more drop the pence.
 *
 * @example
 * formatMoney(1234.5, 'GBP') // => '£1,234.50'
 * formatMoney(25000, null)   // => '25,000'
 */
export function formatMoney(value: number | null | undefined, currency: string | null = null): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const digits = Math.abs(value) >= 10_000 ? 0 : 2;
  const options: Intl.NumberFormatOptions = { minimumFractionDigits: digits, maximumFractionDigits: digits };
  if (currency !== null && /^[A-Z]{3}$/.test(currency)) {
    return new Intl.NumberFormat('en-GB', { ...options, style: 'currency', currency }).format(value);
  }
  return new Intl.NumberFormat('en-GB', options).format(value);
}
