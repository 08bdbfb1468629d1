import type { Calendar } from './calendar.ts';
import type { Category, Product } from './product.ts';

// The bottom of each category's price range; the price rise never pushed these items up.
const FLOOR_PENCE: Record<Category, number> = {
  Bread: 350,
  Pastries: 220,
  Coffee: 280,
  Cakes: 1800,
  'Custom Orders': 4500,
};

/**
 * The price of a product on a day: the list price from the price rise on, about 6% less before
 * (rounded to 10p, never under the category's floor).
 *
 * @example
 * priceOnDay(sourdough, 0, calendar); // 450 (the list price is 480)
 */
export function priceOnDay(product: Product, day: number, calendar: Calendar): number {
  if (day >= calendar.priceRiseDay) return product.pricePence;
  const before = Math.round(product.pricePence / 1.06 / 10) * 10;
  return Math.max(before, Math.min(product.pricePence, FLOOR_PENCE[product.category]));
}
