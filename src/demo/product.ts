import type { Season } from './day-factors.ts';

export type Category = 'Bread' | 'Pastries' | 'Coffee' | 'Cakes' | 'Custom Orders';

/** One item on the café's menu. */
export interface Product {
  sku: string;
  name: string;
  category: Category;
  /** The price after the mid-window price rise; before it, about 6% less. */
  pricePence: number;
  /** How often it sells relative to others in its category. */
  popularity: number;
  /** Only on sale in this season, when set. */
  season?: Exclude<Season, 'regular'>;
}
