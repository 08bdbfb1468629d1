import type { SeededRandom } from '../models/random/index.ts';
import type { BuyerType } from './buyer-type.ts';
import type { Calendar } from './calendar.ts';
import { type Contact, deriveContact } from './derive-contact.ts';
import { pickFirstDay } from './pick-first-day.ts';
import type { Place } from './pick-place.ts';
import { pickSurveyAnswers, type SurveyAnswers } from './pick-survey-answers.ts';

/** Everything customers.csv says about one customer. */
export interface CustomerProfile extends Omit<Contact, 'gender'> {
  id: string;
  /** As written in customers.csv, sometimes with stray capitals or spaces; `email` is the clean one. */
  emailAsExported: string;
  place: Place;
  signupDay: number;
  signupChannel: string;
  acceptsMarketing: boolean;
  ageBand: string;
  gender: string;
  survey: SurveyAnswers | undefined;
}

const CHANNELS = ['in_store', 'online_shop', 'instagram', 'referral', 'market_stall'];
const AGE_BANDS = ['18-24', '25-34', '35-44', '45-54', '55-64', '65+'];
const AGE_WEIGHTS: Partial<Record<BuyerType, number[]>> = {
  daily_regular: [8, 34, 28, 16, 9, 5],
  weekend_family: [3, 20, 40, 25, 8, 4],
  cake_buyer: [5, 18, 25, 22, 17, 13],
};

/**
 * A customer's row: unique contact details, sign-up on or a few days before the first order,
 * ~60% with a phone, and the small mess of a real export (0.5% untidy emails, 0.3% phone only).
 *
 * @example
 * makeProfile(0, 'lapser', place, 120, rng, { customers: 1000, seed: 42, calendar }).id; // 'C000001'
 */
export function makeProfile(
  index: number,
  type: BuyerType,
  place: Place,
  firstOrderDay: number | undefined,
  rng: SeededRandom,
  run: { customers: number; seed: number; calendar: Calendar },
): CustomerProfile {
  const contact = deriveContact(index, run.customers, run.seed);
  const phone = place.country === 'GB' && rng.chance(0.63) ? contact.phone : '';
  const email = phone && rng.chance(0.005) ? '' : contact.email;
  const signupDay =
    firstOrderDay === undefined
      ? pickFirstDay(rng, run.calendar)
      : Math.max(0, firstOrderDay - (rng.chance(0.3) ? Math.floor(rng.exponential(6)) : 0));
  const signupChannel = place.local
    ? rng.pickWeighted(CHANNELS, type === 'cake_buyer' ? [30, 25, 20, 15, 10] : [45, 12, 15, 13, 15])
    : rng.pickWeighted(CHANNELS, [0, 72, 20, 8, 0]);
  const draw = rng.next();
  return {
    id: `C${String(index + 1).padStart(6, '0')}`,
    firstName: contact.firstName,
    lastName: contact.lastName,
    email,
    emailAsExported: rng.chance(0.005) ? untidy(email, rng) : email,
    phone,
    place,
    signupDay,
    signupChannel,
    acceptsMarketing: rng.chance(
      signupChannel === 'online_shop' || signupChannel === 'instagram' ? 0.65 : 0.5,
    ),
    ageBand: rng.pickWeighted(AGE_BANDS, AGE_WEIGHTS[type] ?? [10, 24, 22, 18, 14, 12]),
    gender: draw < 0.1 ? '' : draw < 0.12 ? 'non_binary' : contact.gender,
    survey: pickSurveyAnswers(rng, type, signupChannel),
  };
}

/** Capitalised names or stray spaces, as typed into a till or pasted into a form. */
function untidy(email: string, rng: SeededRandom): string {
  if (email === '') return email;
  if (rng.chance(0.5)) {
    const [local, domain] = email.split('@') as [string, string];
    return `${local.replace(/(^|[._])([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase())}@${domain}`;
  }
  return rng.chance(0.5) ? ` ${email}` : `${email} `;
}
