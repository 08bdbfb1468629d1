import type { SeededRandom } from '../models/random/index.ts';
import type { Calendar } from './calendar.ts';

/**
 * Walks the days `from … to` (clipped to the window) and keeps each with the probability the
 * callback gives it; shut days are skipped unless `onlineOnly`.
 *
 * @example
 * sampleDays(rng, calendar, 0, 60, (day) => (calendar.factors[day]!.weekend ? 0.5 : 0)); // about half the weekend days
 */
export function sampleDays(
  rng: SeededRandom,
  calendar: Calendar,
  from: number,
  to: number,
  probability: (day: number) => number,
  onlineOnly = false,
): number[] {
  const days: number[] = [];
  const last = Math.min(to, calendar.days - 1);
  for (let day = Math.max(0, from); day <= last; day++) {
    if (!onlineOnly && calendar.factors[day]!.closed) continue;
    if (rng.next() < probability(day)) days.push(day);
  }
  return days;
}
