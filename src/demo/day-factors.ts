import { easterSunday } from './easter-sunday.ts';

/** Which seasonal products are on the shelves. */
export type Season = 'regular' | 'christmas' | 'easter';

/** How one calendar day differs from an ordinary Thursday. */
export interface DayFactors {
  season: Season;
  /** Multiplier on how likely any customer is to visit. */
  traffic: number;
  /** Multiplier on bread in a basket (bread sells less in the summer). */
  bread: number;
  /** Multiplier on cakes and custom orders (holidays and Mothering Sunday). */
  cakes: number;
  /** The shop is shut (Christmas Day, Boxing Day, New Year's Day); the online shop stays open. */
  closed: boolean;
  weekend: boolean;
}

const DAY_MS = 86_400_000;
// Sunday first, as Date#getUTCDay counts: Saturdays are the busiest, Mondays the quietest.
const WEEKDAY_TRAFFIC = [1.3, 0.85, 0.9, 0.95, 1, 1.1, 1.6];
const MONTH_TRAFFIC = [0.85, 0.9, 0.95, 1, 1, 1, 0.9, 0.88, 1, 1, 1.05, 1.3];
const MONTH_BREAD = [1, 1, 1, 1, 1, 0.9, 0.72, 0.72, 0.95, 1.05, 1.1, 1.15];

/**
 * The seasonal and weekday factors for one UTC day.
 *
 * @example
 * dayFactors(Date.UTC(2025, 11, 25)).closed; // true
 */
export function dayFactors(dayMs: number): DayFactors {
  const date = new Date(dayMs);
  const month = date.getUTCMonth();
  const dayOfMonth = date.getUTCDate();
  const easterOffset = Math.round((dayMs - easterSunday(date.getUTCFullYear())) / DAY_MS);
  // Mothering Sunday in the UK is three weeks before Easter Sunday.
  const motheringOffset = easterOffset + 21;
  const closed =
    (month === 11 && (dayOfMonth === 25 || dayOfMonth === 26)) || (month === 0 && dayOfMonth === 1);

  const weekday = date.getUTCDay();
  let traffic = WEEKDAY_TRAFFIC[weekday]! * MONTH_TRAFFIC[month]!;
  let cakes = 1;
  if (month === 11 && dayOfMonth <= 24) {
    traffic *= dayOfMonth >= 18 ? 1.35 : 1.1;
    cakes = 1.8;
  }
  if (easterOffset >= -3 && easterOffset <= 1) {
    traffic *= 1.3;
    cakes = 1.7;
  } else if (easterOffset >= -10 && easterOffset < -3) traffic *= 1.12;
  if (motheringOffset >= -6 && motheringOffset <= 0) cakes = 2.6;
  if (month === 1 && dayOfMonth >= 10 && dayOfMonth <= 14) cakes = 1.8;

  let season: DayFactors['season'] = 'regular';
  if ((month === 10 && dayOfMonth >= 15) || (month === 11 && dayOfMonth <= 24)) season = 'christmas';
  else if (easterOffset >= -21 && easterOffset <= 1) season = 'easter';

  return {
    season,
    traffic,
    bread: MONTH_BREAD[month]!,
    cakes,
    closed,
    weekend: weekday === 0 || weekday === 6,
  };
}
