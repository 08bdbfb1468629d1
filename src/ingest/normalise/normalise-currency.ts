const CODES = new Set(Intl.supportedValuesOf('currency'));
const SYMBOLS: Record<string, string> = {
  '£': 'GBP',
  '€': 'EUR',
  '¥': 'JPY',
  '₹': 'INR',
  '₩': 'KRW',
  CHF: 'CHF',
  US$: 'USD',
  $: 'USD',
};

/**
 * An ISO 4217 code from a code in any case (`usd`) or a symbol (`£`). `$` alone is read as USD.
 *
 * @example
 * normaliseCurrency('gbp') // => 'GBP'
 */
export function normaliseCurrency(raw: string): string | null {
  const text = raw.trim();
  const upper = text.toUpperCase();
  if (CODES.has(upper)) return upper;
  return SYMBOLS[text] ?? null;
}
