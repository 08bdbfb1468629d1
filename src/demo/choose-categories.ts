import type { SeededRandom } from '../models/random/index.ts';
import type { BuyerType } from './buyer-type.ts';
import type { Calendar } from './calendar.ts';
import type { Visit } from './plan-visits.ts';
import type { Category } from './product.ts';

/** One line to fill: a category and how many of the item. */
export interface CategoryPick {
  category: Category;
  quantity: number;
}

const MIXED: Category[] = ['Coffee', 'Pastries', 'Bread', 'Cakes', 'Custom Orders'];
const PASTRY_COUNTS = [1, 2, 3, 4];
const PASTRY_COUNT_WEIGHTS = [50, 25, 10, 15];

/**
 * What kinds of thing a customer of this type buys on this visit. Coffee is not sold online;
 * bread sells less in summer, cakes more around holidays, coffee most on weekday mornings.
 *
 * @example
 * chooseCategories(rng, 'daily_regular', visit, calendar); // [{ category: 'Coffee', quantity: 1 }, …]
 */
export function chooseCategories(
  rng: SeededRandom,
  type: BuyerType | 'guest',
  visit: Visit,
  calendar: Calendar,
): CategoryPick[] {
  const f = calendar.factors[visit.day]!;
  const inStore = !visit.online;
  const picks: CategoryPick[] = [];
  const add = (category: Category, quantity = 1) => picks.push({ category, quantity });
  switch (type) {
    case 'daily_regular':
      if (inStore && rng.chance(0.93)) add('Coffee', rng.chance(0.08) ? 2 : 1);
      if (rng.chance(0.5)) add('Pastries');
      if (rng.chance((calendar.weekday[visit.day] === 5 ? 0.2 : 0.06) * f.bread)) add('Bread');
      break;
    case 'weekend_family':
      if (rng.chance(0.85 * f.bread)) add('Bread', rng.chance(0.25) ? 2 : 1);
      add('Pastries', rng.int(2, 4));
      if (rng.chance(0.4)) add('Pastries', rng.int(1, 3));
      if (inStore && rng.chance(0.55)) add('Coffee', rng.int(1, 2));
      if (rng.chance(0.04 * f.cakes)) add('Cakes');
      break;
    case 'cake_buyer':
      add(rng.chance(visit.occasion ? 0.55 : 0.2) ? 'Custom Orders' : 'Cakes');
      if (inStore && rng.chance(0.3)) add('Coffee');
      if (rng.chance(0.25)) add('Pastries', rng.int(1, 2));
      break;
    case 'one_time':
    case 'lapser':
    case 'guest': {
      const morning = !f.weekend && visit.secondOfDay < 11 * 3600;
      const weights = inStore
        ? [morning ? 60 : 30, 35, 18 * f.bread, 4 * f.cakes, 0.6 * f.cakes]
        : [0, 30, 38 * f.bread, 22 * f.cakes, 10 * f.cakes];
      const lines = rng.int(1, inStore ? 3 : 4);
      for (let i = 0; i < lines; i++) {
        const category = rng.pickWeighted(MIXED, weights);
        add(category, mixedQuantity(rng, category));
      }
      break;
    }
    case 'never_ordered':
      break;
    default: {
      const exhaustive: never = type;
      throw new Error(`unknown buyer type ${String(exhaustive)}`);
    }
  }
  if (picks.length === 0) add(inStore ? 'Coffee' : 'Pastries');
  return picks;
}

/** How many of an item a casual customer takes: a cake is one, pastries often come in fours. */
function mixedQuantity(rng: SeededRandom, category: Category): number {
  if (category === 'Pastries') return rng.pickWeighted(PASTRY_COUNTS, PASTRY_COUNT_WEIGHTS);
  if (category === 'Cakes' || category === 'Custom Orders') return 1;
  return rng.chance(0.15) ? 2 : 1;
}
