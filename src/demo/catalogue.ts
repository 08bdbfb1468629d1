import type { Category, Product } from './product.ts';

type Row = [name: string, pounds: number, popularity: number, season?: Product['season']];

const ROWS: Record<Category, { prefix: string; rows: Row[] }> = {
  Bread: {
    prefix: 'BRD',
    rows: [
      ['Sourdough Loaf', 4.8, 10],
      ['Seeded Rye', 5.2, 4],
      ['Country White Bloomer', 3.8, 5],
      ['Wholemeal Tin', 3.5, 3],
      ['Baguette', 3.5, 6],
      ['Rosemary Focaccia', 5.5, 4],
      ['Olive & Rosemary Sourdough', 6.2, 2],
      ['Spelt Loaf', 5.8, 2],
      ['Walnut & Raisin Loaf', 5.9, 2],
      ['Stollen', 6.5, 5, 'christmas'],
    ],
  },
  Pastries: {
    prefix: 'PST',
    rows: [
      ['Croissant', 2.4, 10],
      ['Pain au Chocolat', 2.7, 9],
      ['Almond Croissant', 3.4, 6],
      ['Cinnamon Bun', 3.2, 8],
      ['Cardamom Knot', 3.5, 5],
      ['Pain aux Raisins', 2.9, 3],
      ['Sausage Roll', 3.9, 5],
      ['Cheese Scone', 2.8, 3],
      ['Fruit Scone', 2.6, 3],
      ['Chocolate Brownie', 3.1, 4],
      ['Hot Cross Bun', 2.2, 12, 'easter'],
      ['Mince Pie', 2.5, 12, 'christmas'],
    ],
  },
  Coffee: {
    prefix: 'COF',
    rows: [
      ['Espresso', 2.8, 3],
      ['Americano', 3.2, 6],
      ['Flat White', 3.6, 10],
      ['Cappuccino', 3.7, 6],
      ['Latte', 3.8, 7],
      ['Mocha', 4.2, 2],
      ['Hot Chocolate', 3.9, 3],
      ['Chai Latte', 3.9, 2],
      ['Pot of Tea', 3.0, 3],
    ],
  },
  Cakes: {
    prefix: 'CAK',
    rows: [
      ['Victoria Sponge', 24, 8],
      ['Lemon Drizzle Cake', 22, 7],
      ['Carrot Cake', 28, 6],
      ['Chocolate Fudge Cake', 32, 6],
      ['Coffee & Walnut Cake', 26, 4],
      ['Raspberry Pavlova', 38, 3],
      ['Bakewell Tart', 18, 3],
      ['Yule Log', 30, 10, 'christmas'],
      ['Christmas Cake', 45, 8, 'christmas'],
      ['Simnel Cake', 35, 8, 'easter'],
    ],
  },
  'Custom Orders': {
    prefix: 'CUS',
    rows: [
      ['Custom Birthday Cake', 65, 10],
      ['Celebration Cake (Large)', 95, 4],
      ['Cupcake Box (24)', 48, 5],
      ['Christening Cake', 120, 1],
      ['Wedding Cake Tier', 180, 1],
      ['Party Platter', 55, 3],
    ],
  },
};

/**
 * The bakery-café's menu: 47 products in five categories, prices in GBP.
 *
 * @example
 * CATALOGUE.find((p) => p.sku === 'BRD-001')?.name; // 'Sourdough Loaf'
 */
export const CATALOGUE: readonly Product[] = Object.entries(ROWS).flatMap(([category, { prefix, rows }]) =>
  rows.map(([name, pounds, popularity, season], i) => ({
    sku: `${prefix}-${String(i + 1).padStart(3, '0')}`,
    name,
    category: category as Category,
    pricePence: Math.round(pounds * 100),
    popularity,
    ...(season ? { season } : {}),
  })),
);
