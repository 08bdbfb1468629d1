import type { SeededRandom } from '../models/random/index.ts';
import type { BuyerType } from './buyer-type.ts';
import type { Calendar } from './calendar.ts';
import { planCakeDays } from './plan-cake-days.ts';
import { sampleDays } from './sample-days.ts';
import type { VisitDay } from './visit-day.ts';

const plain = (day: number): VisitDay => ({ day, occasion: false });

/**
 * The days a customer of this buyer type buys, in order, starting at `firstDay`.
 *
 * @example
 * planVisitDays('one_time', rng, calendar, 100, false); // [{ day: 100, occasion: false }]
 */
export function planVisitDays(
  type: BuyerType,
  rng: SeededRandom,
  calendar: Calendar,
  firstDay: number,
  onlineOnly: boolean,
): VisitDay[] {
  const { factors } = calendar;
  switch (type) {
    case 'daily_regular': {
      // Coffee and a pastry nearly every weekday until they move away or change jobs.
      const lastDay = firstDay + Math.round(rng.exponential(220));
      const keen = 0.6 + 0.3 * rng.next();
      const days = sampleDays(rng, calendar, firstDay + 1, lastDay, (day) => {
        if (factors[day]!.weekend) return 0.1;
        // Fewer visits in August and over Christmas: holidays.
        const month = calendar.dateText[day]!.slice(5, 7);
        return keen * (month === '08' ? 0.6 : month === '12' ? 0.8 : 1);
      });
      return [firstDay, ...days].map(plain);
    }
    case 'weekend_family': {
      let first = firstDay;
      while (first < calendar.days - 1 && !factors[first]!.weekend) first++;
      const lastDay = first + Math.round(rng.exponential(400));
      const rate = 0.05 + 0.2 * rng.next() ** 2;
      const days = sampleDays(rng, calendar, first + 1, lastDay, (day) =>
        factors[day]!.weekend ? (rate * factors[day]!.traffic) / 1.45 : rate * 0.04,
      );
      return [first, ...days].map(plain);
    }
    case 'cake_buyer':
      return planCakeDays(rng, calendar, firstDay, onlineOnly);
    case 'one_time':
      return [plain(firstDay)];
    case 'lapser': {
      // Keen for a few months, then gone.
      const lastDay = firstDay + rng.int(30, 100);
      const rate = 1 / rng.int(5, 14);
      const days = sampleDays(
        rng,
        calendar,
        firstDay + 1,
        lastDay,
        (day) => (rate * factors[day]!.traffic) / 1.2,
        onlineOnly,
      );
      if (days.length === 0) days.push(Math.min(calendar.days - 1, firstDay + rng.int(3, 30)));
      return [firstDay, ...days].map(plain);
    }
    case 'never_ordered':
      return [];
    default: {
      const exhaustive: never = type;
      throw new Error(`unknown buyer type ${String(exhaustive)}`);
    }
  }
}
