import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';

/**
 * A phone number in E.164 (`+447700900123`), reading national numbers in `defaultCountry`.
 * Returns null for text that is not a possible phone number.
 *
 * @example
 * normalisePhone("'07700 900123", 'GB') // => '+447700900123'
 */
export function normalisePhone(raw: string, defaultCountry: string): string | null {
  const text = raw.trim().replace(/^'/, '');
  if (!/\d/.test(text)) return null;
  const parsed = parsePhoneNumberFromString(text, defaultCountry.toUpperCase() as CountryCode);
  return parsed?.isPossible() ? parsed.number : null;
}
