import type { SeededRandom } from '../models/random/index.ts';
import type { BuyerType } from './buyer-type.ts';
import type { Calendar } from './calendar.ts';
import { pickVisitSecond } from './pick-visit-second.ts';
import { planVisitDays } from './plan-visit-days.ts';

/** One purchase occasion: when, and whether in the shop or online. */
export interface Visit {
  day: number;
  secondOfDay: number;
  online: boolean;
  /** A birthday or holiday cake order. */
  occasion: boolean;
}

/**
 * Every purchase a customer makes over the window, in order. `onlineShare` is the chance that a
 * visit is an online order (1 for customers who live too far away to walk in).
 *
 * @example
 * planVisits('one_time', rng, calendar, 100, 0.2); // [{ day: 100, secondOfDay: 30_712, online: false, occasion: false }]
 */
export function planVisits(
  type: BuyerType,
  rng: SeededRandom,
  calendar: Calendar,
  firstDay: number,
  onlineShare: number,
): Visit[] {
  const days = planVisitDays(type, rng, calendar, firstDay, onlineShare >= 1);
  // A regular comes in at about the same time every weekday.
  const usualSecond = type === 'daily_regular' ? rng.int(7 * 3600, 9 * 3600 + 1800) : undefined;
  return days.map(({ day, occasion }) => {
    const online = rng.chance(onlineShare) || calendar.factors[day]!.closed;
    const weekend = calendar.factors[day]!.weekend;
    const habit = usualSecond !== undefined && !weekend ? { usualSecond } : {};
    return { day, secondOfDay: pickVisitSecond(rng, { online, weekend, ...habit }), online, occasion };
  });
}
