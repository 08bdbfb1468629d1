import type { SeededRandom } from '../models/random/index.ts';
import type { BuyerType } from './buyer-type.ts';
import type { Calendar } from './calendar.ts';
import { chooseCategories } from './choose-categories.ts';
import { pickProduct } from './pick-product.ts';
import type { Visit } from './plan-visits.ts';
import { priceOnDay } from './price-on-day.ts';
import type { Product } from './product.ts';

/** One order line before it is written. */
export interface BasketLine {
  product: Product;
  quantity: number;
  unitPence: number;
  discountPence: number;
}

/** A customer's coffee loyalty card: the tenth coffee is free. */
export interface LoyaltyCard {
  stamps: number;
}

const PROMO_SHARE = 0.07;
const PROMO_RATE = 0.1;

/**
 * The lines of one order: products for the chosen categories (the same product twice becomes
 * one line), the day's prices, a free coffee for a full loyalty card, and now and then a 10%
 * promo code online.
 *
 * @example
 * fillBasket(rng, 'weekend_family', visit, calendar, { stamps: 0 }); // [{ product: Sourdough Loaf, quantity: 1, … }, …]
 */
export function fillBasket(
  rng: SeededRandom,
  type: BuyerType | 'guest',
  visit: Visit,
  calendar: Calendar,
  card: LoyaltyCard | undefined,
): BasketLine[] {
  const season = calendar.factors[visit.day]!.season;
  const lines: BasketLine[] = [];
  for (const { category, quantity } of chooseCategories(rng, type, visit, calendar)) {
    const product = pickProduct(rng, category, season);
    const same = lines.find((line) => line.product === product);
    if (same) same.quantity += quantity;
    else
      lines.push({
        product,
        quantity,
        unitPence: priceOnDay(product, visit.day, calendar),
        discountPence: 0,
      });
  }

  const promo = visit.online && rng.chance(PROMO_SHARE);
  for (const line of lines) {
    if (promo) line.discountPence = Math.round(line.quantity * line.unitPence * PROMO_RATE);
    else if (card && line.product.category === 'Coffee') {
      card.stamps += line.quantity;
      if (card.stamps >= 10) {
        card.stamps -= 10;
        line.discountPence = line.unitPence;
      }
    }
  }
  return lines;
}
