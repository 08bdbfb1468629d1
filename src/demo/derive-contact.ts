import { FIRST_NAMES } from './first-names.ts';
import { LAST_NAMES } from './last-names.ts';
import { scrambleIndex } from './scramble-index.ts';

/** A customer's name and contact details, unique per customer number. */
export interface Contact {
  firstName: string;
  lastName: string;
  gender: 'female' | 'male';
  /** Lower-case, as the shop system stores it. */
  email: string;
  /** UK mobile in national format, e.g. `07700 900123`. */
  phone: string;
}

const PATTERNS = ['first.last', 'first_last', 'last.first'] as const;
const DOMAINS = ['example.com', 'example.org', 'example.net'];
// Numbers people add to their addresses; more are appended (from 100) when a run needs more room.
const SUFFIXES = ['', '1', '7', '12', '21', '23', '42', '77', '85', '88', '90', '99'];
const NAME_SLOTS = FIRST_NAMES.length * LAST_NAMES.length * PATTERNS.length * DOMAINS.length;
const PHONE_SLOTS = 600_000_000;

/**
 * Derives the name, email and phone of customer `index` by a keyed one-to-one shuffle, so no two
 * customers share an email or phone (which would make identity matching merge them).
 *
 * @example
 * deriveContact(0, 1000, 42).email; // e.g. 'grace.turner42@example.org'
 */
export function deriveContact(index: number, customers: number, seed: number): Contact {
  const suffixSlots = Math.max(SUFFIXES.length, Math.ceil((customers * 2) / NAME_SLOTS));
  let slot = scrambleIndex(index, NAME_SLOTS * suffixSlots, seed);
  const take = (count: number) => {
    const digit = slot % count;
    slot = Math.floor(slot / count);
    return digit;
  };
  const first = FIRST_NAMES[take(FIRST_NAMES.length)]!;
  const lastName = LAST_NAMES[take(LAST_NAMES.length)]!;
  const pattern = PATTERNS[take(PATTERNS.length)]!;
  const domain = DOMAINS[take(DOMAINS.length)]!;
  const suffix = SUFFIXES[slot] ?? String(100 + slot);
  const [f, l] = [first.name.toLowerCase(), lastName.toLowerCase()];
  const local = pattern === 'first.last' ? `${f}.${l}` : pattern === 'first_last' ? `${f}_${l}` : `${l}.${f}`;

  // Mobile numbers 074… to 079…, nine digits after the 07.
  const digits = String(400_000_000 + scrambleIndex(index, PHONE_SLOTS, seed ^ 0x5bd1e995));
  return {
    firstName: first.name,
    lastName,
    gender: first.gender,
    email: `${local}${suffix}@${domain}`,
    phone: `07${digits.slice(0, 3)} ${digits.slice(3)}`,
  };
}
