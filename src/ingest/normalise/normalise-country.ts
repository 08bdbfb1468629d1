import countries from 'i18n-iso-countries';

// Names real exports use that are not ISO short names.
const ALIASES: Record<string, string> = {
  eire: 'IE',
  uk: 'GB',
  'great britain': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  usa: 'US',
  'u.s.a.': 'US',
  'united states of america': 'US',
  rsa: 'ZA',
  holland: 'NL',
  'czech republic': 'CZ',
  korea: 'KR',
  russia: 'RU',
};

const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt'];

/**
 * An ISO 3166 alpha-2 code from a code (`gb`, `GBR`) or a name in a common language
 * (`United Kingdom`, `Deutschland`, `EIRE`). Returns null for regions that are not countries.
 *
 * @example
 * normaliseCountry('EIRE') // => 'IE'
 */
export function normaliseCountry(raw: string): string | null {
  const text = raw.trim();
  if (text === '') return null;
  const upper = text.toUpperCase();
  if (upper.length === 2 && countries.isValid(upper)) return upper === 'UK' ? 'GB' : upper;
  if (upper.length === 3 && countries.isValid(upper)) return countries.alpha3ToAlpha2(upper) ?? null;
  const alias = ALIASES[text.toLowerCase()];
  if (alias) return alias;
  for (const lang of LANGUAGES) {
    const code = countries.getAlpha2Code(text, lang);
    if (code) return code;
  }
  return null;
}
