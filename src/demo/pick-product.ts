import type { SeededRandom } from '../models/random/index.ts';
import { CATALOGUE } from './catalogue.ts';
import type { Season } from './day-factors.ts';
import type { Category, Product } from './product.ts';

interface Shelf {
  products: Product[];
  popularity: number[];
}

const SEASONS: Season[] = ['regular', 'christmas', 'easter'];

// What is on sale in each season, built once: regular products plus that season's specials.
const SHELVES = new Map<string, Shelf>(
  SEASONS.flatMap((season) =>
    (['Bread', 'Pastries', 'Coffee', 'Cakes', 'Custom Orders'] as const).map((category) => {
      const products = CATALOGUE.filter(
        (p) => p.category === category && (p.season === undefined || p.season === season),
      );
      return [`${season}/${category}`, { products, popularity: products.map((p) => p.popularity) }];
    }),
  ),
);

/**
 * A product of the category that is on sale in the season, drawn by popularity.
 *
 * @example
 * pickProduct(rng, 'Pastries', 'easter'); // often a Hot Cross Bun
 */
export function pickProduct(rng: SeededRandom, category: Category, season: Season): Product {
  const shelf = SHELVES.get(`${season}/${category}`)!;
  return rng.pickWeighted(shelf.products, shelf.popularity);
}
