import { SeededRandom } from '../models/random/index.ts';

/**
 * How a customer behaves. Assigned once per customer and never written to the files:
 * finding these groups again is what Patron's segmentation is for.
 */
export type BuyerType =
  | 'daily_regular'
  | 'weekend_family'
  | 'cake_buyer'
  | 'one_time'
  | 'lapser'
  | 'never_ordered';

const TYPES: BuyerType[] = [
  'daily_regular',
  'weekend_family',
  'cake_buyer',
  'one_time',
  'lapser',
  'never_ordered',
];
const SHARES = [5, 20, 15, 38, 19, 3];
// The type is drawn from a stream of its own, apart from the one that simulates the customer.
const TYPE_STREAM_SALT = 0x7f4a7c15;

/**
 * The buyer type of customer `index`, with the café's mix: 5% daily regulars, 20% weekend
 * families, 15% cake buyers, 38% one-time visitors, 19% lapsers and 3% who signed up but never
 * ordered. Depends only on the seed and the index, so tests can check each group's behaviour.
 *
 * @example
 * assignBuyerType(42, 0); // e.g. 'one_time', the same every run
 */
export function assignBuyerType(seed: number, index: number): BuyerType {
  return new SeededRandom(seed ^ TYPE_STREAM_SALT, index).pickWeighted(TYPES, SHARES);
}
