import type { SeededRandom } from '../models/random/index.ts';

/** Where a customer lives. `local` customers can walk to the café; the rest buy online. */
export interface Place {
  city: string;
  country: string;
  postalCode: string;
  local: boolean;
}

type PostalFormat = { uk: string[] } | { pattern: string };

// [city, country, share %, postcode districts (UK) or a pattern (# digit, @ letter)]
const CITIES: [string, string, number, PostalFormat][] = [
  ['Bristol', 'GB', 70, { uk: ['BS1', 'BS2', 'BS3', 'BS5', 'BS6', 'BS7', 'BS8', 'BS9', 'BS16'] }],
  ['Bath', 'GB', 6, { uk: ['BA1', 'BA2'] }],
  ['London', 'GB', 8, { uk: ['SW4', 'SW11', 'SE15', 'E8', 'N16', 'NW5', 'W12'] }],
  ['Cardiff', 'GB', 3, { uk: ['CF10', 'CF11', 'CF24'] }],
  ['Oxford', 'GB', 2, { uk: ['OX1', 'OX2', 'OX4'] }],
  ['Brighton', 'GB', 2, { uk: ['BN1', 'BN2', 'BN3'] }],
  ['Manchester', 'GB', 1.6, { uk: ['M1', 'M4', 'M14', 'M20'] }],
  ['Birmingham', 'GB', 1.4, { uk: ['B1', 'B13', 'B15', 'B30'] }],
  ['Leeds', 'GB', 1, { uk: ['LS1', 'LS6', 'LS8'] }],
  ['Edinburgh', 'GB', 1, { uk: ['EH1', 'EH3', 'EH9'] }],
  ['Dublin', 'IE', 1.3, { pattern: 'D0# @#@#' }],
  ['Paris', 'FR', 1, { pattern: '750##' }],
  ['Berlin', 'DE', 0.8, { pattern: '10###' }],
  ['New York', 'US', 0.9, { pattern: '100##' }],
];
const SHARES = CITIES.map((c) => c[2]);
const HOME_CITY = 'Bristol';
// Royal Mail never uses C, I, K, M, O or V in the last two letters of a postcode.
const INWARD_LETTERS = [...'ABDEFGHJLNPQRSTUWXYZ'];

/**
 * A city, country and plausible postcode; most customers live in the café's own city,
 * a few abroad (IE, FR, DE, US).
 *
 * @example
 * pickPlace(rng); // { city: 'Bristol', country: 'GB', postalCode: 'BS6 5QT', local: true }
 */
export function pickPlace(rng: SeededRandom): Place {
  const [city, country, , format] = rng.pickWeighted(CITIES, SHARES);
  const postalCode =
    'uk' in format
      ? `${rng.pick(format.uk)} ${rng.int(1, 9)}${rng.pick(INWARD_LETTERS)}${rng.pick(INWARD_LETTERS)}`
      : format.pattern.replace(/[#@]/g, (c) =>
          c === '#' ? String(rng.int(1, 9)) : rng.pick(INWARD_LETTERS),
        );
  return { city, country, postalCode, local: city === HOME_CITY };
}
