import type { SeededRandom } from '../models/random/index.ts';
import type { Calendar } from './calendar.ts';
import { sampleDays } from './sample-days.ts';
import type { VisitDay } from './visit-day.ts';

/**
 * An occasional cake buyer: a cake on the first visit, a few more a year around holidays
 * (Christmas, Easter, Mothering Sunday, Valentine's), and a birthday cake every year.
 *
 * @example
 * planCakeDays(rng, calendar, 200, false); // e.g. [{ day: 200, occasion: true }, { day: 251, … }]
 */
export function planCakeDays(
  rng: SeededRandom,
  calendar: Calendar,
  firstDay: number,
  onlineOnly: boolean,
): VisitDay[] {
  const lastDay = Math.min(calendar.days - 1, firstDay + Math.round(rng.exponential(700)));
  const perYear = 1 + 2.5 * rng.next();
  const days = sampleDays(
    rng,
    calendar,
    firstDay + 1,
    lastDay,
    (day) => (perYear / 365) * calendar.factors[day]!.cakes * calendar.factors[day]!.traffic,
    onlineOnly,
  );
  const visits: VisitDay[] = [{ day: firstDay, occasion: true }];
  for (const day of days) visits.push({ day, occasion: calendar.factors[day]!.cakes > 1 });

  // The birthday cake is ordered one to four days ahead; the birthday falls on the same date each year.
  const birthdayOffset = rng.int(0, 364);
  const orderAhead = rng.int(1, 4);
  for (let start = firstDay - (firstDay % 365); start <= lastDay; start += 365) {
    const day = start + birthdayOffset - orderAhead;
    if (day > firstDay && day <= lastDay && !calendar.factors[day]!.closed)
      visits.push({ day, occasion: true });
  }
  return visits.sort((a, b) => a.day - b.day);
}
