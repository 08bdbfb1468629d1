import type { SeededRandom } from '../models/random/index.ts';
import type { BuyerType } from './buyer-type.ts';
import type { Calendar } from './calendar.ts';
import { clockText } from './clock-text.ts';
import { csvField } from './csv-field.ts';
import type { DemoSink } from './demo-sink.ts';
import { REVIEW_TEXTS } from './review-texts.ts';
import type { PlacedOrder } from './write-orders.ts';

// About 10% of customers who ordered write a review; regulars most, one-off visitors least.
const REVIEW_SHARE: Record<BuyerType, number> = {
  daily_regular: 0.2,
  weekend_family: 0.14,
  cake_buyer: 0.14,
  one_time: 0.06,
  lapser: 0.09,
  never_ordered: 0,
};
const RATINGS = [1, 2, 3, 4, 5];
// Shares of 1 … 5 stars; lapsers are the least happy.
const RATING_WEIGHTS: Record<BuyerType, number[]> = {
  daily_regular: [2, 3, 8, 30, 57],
  weekend_family: [3, 4, 10, 33, 50],
  cake_buyer: [4, 4, 8, 25, 59],
  one_time: [8, 7, 15, 30, 40],
  lapser: [15, 14, 20, 28, 23],
  never_ordered: [0, 0, 0, 0, 1],
};

/**
 * Maybe writes one review, a day to five days after one of the customer's orders (a lapser
 * reviews their last one), about the product they bought.
 *
 * @example
 * writeReview(sink, rng, 'C000001', 'weekend_family', orders, calendar); // true when a review was written
 */
export function writeReview(
  sink: DemoSink,
  rng: SeededRandom,
  customerId: string,
  type: BuyerType,
  orders: readonly PlacedOrder[],
  calendar: Calendar,
): boolean {
  if (orders.length === 0 || !rng.chance(REVIEW_SHARE[type])) return false;
  const order = type === 'lapser' ? orders.at(-1)! : rng.pick(orders);
  let day = order.day + rng.int(1, 5);
  let second = rng.int(8 * 3600, 23 * 3600);
  if (day >= calendar.days) {
    day = order.day;
    second = Math.min(86_399, order.secondOfDay + rng.int(600, 3600));
  }
  const rating = rng.pickWeighted(RATINGS, RATING_WEIGHTS[type]);
  const body = rng.pick(REVIEW_TEXTS[rating]!).replace('{p}', order.product.name.toLowerCase());
  sink.reviews.push(
    `${customerId},${calendar.dateText[day]} ${clockText(second)},${rating},${csvField(body)}`,
  );
  return true;
}
