import type { SeededRandom } from '../models/random/index.ts';
import type { BuyerType } from './buyer-type.ts';

/** Answers to the café's sign-up survey. */
export interface SurveyAnswers {
  favouriteTreat: string;
  visitReason: string;
  heardFrom: string;
}

const TREATS =
  `sourdough|croissant|cinnamon bun|birthday cake|flat white|pain au chocolat|almond croissant|victoria sponge|lemon drizzle|hot cross bun`.split(
    '|',
  );
const REASONS = ['daily coffee', 'weekend treat', 'special occasion', 'lunch', 'gifts'];
const HEARD_FROM = ['walking past', 'friend', 'instagram', 'google', 'local paper'];

// What each kind of customer tends to answer; the rest answer anything.
const LIKELY: Partial<Record<BuyerType, { treats: string[]; reasons: string[] }>> = {
  daily_regular: { treats: ['flat white', 'croissant', 'almond croissant'], reasons: ['daily coffee'] },
  weekend_family: { treats: ['sourdough', 'cinnamon bun', 'pain au chocolat'], reasons: ['weekend treat'] },
  cake_buyer: {
    treats: ['birthday cake', 'victoria sponge', 'lemon drizzle'],
    reasons: ['special occasion', 'gifts'],
  },
};

/**
 * About 35% of customers answered the survey; answers lean towards how they actually buy, and
 * "heard from" towards how they signed up.
 *
 * @example
 * pickSurveyAnswers(rng, 'daily_regular', 'in_store'); // undefined, or e.g. { favouriteTreat: 'flat white', … }
 */
export function pickSurveyAnswers(
  rng: SeededRandom,
  type: BuyerType,
  signupChannel: string,
): SurveyAnswers | undefined {
  if (!rng.chance(0.35)) return undefined;
  const likely = LIKELY[type];
  const typical = likely !== undefined && rng.chance(0.7);
  const heardFrom =
    signupChannel === 'instagram' && rng.chance(0.8)
      ? 'instagram'
      : signupChannel === 'referral' && rng.chance(0.8)
        ? 'friend'
        : rng.pickWeighted(HEARD_FROM, [35, 25, 15, 17, 8]);
  return {
    favouriteTreat: rng.pick(typical ? likely.treats : TREATS),
    visitReason: rng.pick(typical ? likely.reasons : REASONS),
    heardFrom,
  };
}
