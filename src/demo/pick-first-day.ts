import type { SeededRandom } from '../models/random/index.ts';
import type { Calendar } from './calendar.ts';

// The export starts when the café moved to its current till and shop system: customers it already
// had appear in the first weeks, as they come back in.
const LAUNCH_DAYS = 56;

/**
 * The day a customer first buys (or signs up). New customers are spread over the whole window so
 * that monthly cohorts exist, with busier days more likely and modest growth (about 1.5× as many
 * at the end as at the start); with probability `existingShare` the customer is one the café
 * already had, who shows up in the first eight weeks. Never a day the shop is shut.
 *
 * @example
 * pickFirstDay(rng, calendar, 0.3); // e.g. 411
 */
export function pickFirstDay(rng: SeededRandom, calendar: Calendar, existingShare = 0): number {
  const span = rng.chance(existingShare) ? Math.min(LAUNCH_DAYS, calendar.days) : calendar.days;
  // Rejection sampling: propose a uniform day, accept it in proportion to its weight.
  for (;;) {
    const day = Math.floor(rng.next() * span);
    const factors = calendar.factors[day]!;
    if (factors.closed) continue;
    const growth = (0.8 + (0.4 * day) / calendar.days) / 1.2;
    if (rng.next() < (growth * factors.traffic) / calendar.maxTraffic) return day;
  }
}
