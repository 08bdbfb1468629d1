import { PatronError } from '../errors/index.ts';
import type { PurchaseHistories } from '../models/btyd/index.ts';

/** Fewest customers a purchase model is fitted on; below it the answer would be noise. */
export const MIN_CUSTOMERS = 20;
/** Fewest repeat buyers: the dropout and rate parameters are learned from them alone. */
export const MIN_REPEAT_BUYERS = 5;

/** Codes of the refusals below: the data cannot support a purchase model. */
export const UNSUPPORTED_CODES = [
  'too_few_customers',
  'no_repeat_purchases',
  'single_day',
  'too_few_repeat_buyers',
] as const;

/**
 * Refuses, with a PatronError that says what would help, data a purchase model cannot learn from:
 * one or very few customers, no repeat purchases at all, every buyer on one day.
 *
 * @example
 * checkModelSupport(histories); // throws PatronError('no_repeat_purchases', …) when nobody came back
 */
export function checkModelSupport(h: PurchaseHistories): void {
  if (h.n < MIN_CUSTOMERS)
    throw new PatronError(
      'too_few_customers',
      `Only ${h.n} customer${h.n === 1 ? '' : 's'} bought in the period; a purchase model needs at least ${MIN_CUSTOMERS} (50 or more for useful intervals). Import more order history or more customers.`,
      undefined,
      { customers: h.n },
    );
  let repeatBuyers = 0;
  let maxT = 0;
  for (let i = 0; i < h.n; i++) {
    if ((h.x[i] as number) > 0) repeatBuyers++;
    maxT = Math.max(maxT, h.T[i] as number);
  }
  if (maxT === 0)
    throw new PatronError(
      'single_day',
      'Every customer bought on one single day, so nothing shows how often they come back. Predictions need history over weeks or months: import orders from a longer period.',
      undefined,
      { customers: h.n },
    );
  if (repeatBuyers === 0)
    throw new PatronError(
      'no_repeat_purchases',
      `None of the ${h.n} customers has bought more than once (purchases on the same day count once), so there is nothing to learn repeat buying from. Import a longer order history, or check that orders are linked to customers (customer id or email).`,
      undefined,
      { customers: h.n, repeat_buyers: 0 },
    );
  if (repeatBuyers < MIN_REPEAT_BUYERS)
    throw new PatronError(
      'too_few_repeat_buyers',
      `Only ${repeatBuyers} of ${h.n} customers bought more than once; at least ${MIN_REPEAT_BUYERS} repeat buyers are needed to estimate how often customers return. Import a longer order history.`,
      undefined,
      { customers: h.n, repeat_buyers: repeatBuyers },
    );
}
