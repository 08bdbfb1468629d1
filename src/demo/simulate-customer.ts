import { SeededRandom } from '../models/random/index.ts';
import { assignBuyerType, type BuyerType } from './buyer-type.ts';
import type { Calendar } from './calendar.ts';
import type { DemoSink } from './demo-sink.ts';
import { makeProfile } from './make-profile.ts';
import { pickFirstDay } from './pick-first-day.ts';
import { pickPlace } from './pick-place.ts';
import { planVisits } from './plan-visits.ts';
import { profileRow } from './profile-row.ts';
import { writeEvents } from './write-events.ts';
import { writeOrders } from './write-orders.ts';
import { writeReview } from './write-review.ts';

// The chance that a local customer's visit is an online order; customers further away only buy online.
const ONLINE_SHARE: Record<BuyerType, number> = {
  daily_regular: 0,
  weekend_family: 0.08,
  cake_buyer: 0.45,
  one_time: 0.22,
  lapser: 0.2,
  never_ordered: 0,
};
// Long-standing habits: many of these customers were already coming before the export starts.
const EXISTING_SHARE: Record<BuyerType, number> = {
  daily_regular: 0.4,
  weekend_family: 0.35,
  cake_buyer: 0.25,
  one_time: 0,
  lapser: 0.1,
  never_ordered: 0,
};

/**
 * Simulates one customer from sign-up to the end of the window and writes their rows to all
 * four files. Nothing is kept afterwards, so memory stays flat however many customers there are.
 *
 * @example
 * simulateCustomer(0, { customers: 1000, seed: 42, calendar }, sink);
 */
export function simulateCustomer(
  index: number,
  run: { customers: number; seed: number; calendar: Calendar },
  sink: DemoSink,
): void {
  const { calendar } = run;
  const type = assignBuyerType(run.seed, index);
  const rng = new SeededRandom(run.seed, index);
  let place = pickPlace(rng);
  // Daily regulars and weekend families walk in, so they live in the café's city.
  while (!place.local && (type === 'daily_regular' || type === 'weekend_family')) place = pickPlace(rng);

  const onlineShare = place.local ? ONLINE_SHARE[type] : 1;
  const firstDay = pickFirstDay(rng, calendar, EXISTING_SHARE[type]);
  const visits = planVisits(type, rng, calendar, firstDay, onlineShare);
  const profile = makeProfile(index, type, place, visits[0]?.day, rng, run);
  sink.customers.push(profileRow(profile, calendar));

  const orders = writeOrders(sink, rng, { id: profile.id, email: profile.email, type }, visits, calendar);
  writeReview(sink, rng, profile.id, type, orders, calendar);
  writeEvents(sink, rng, profile, orders, calendar);
}
