import { openStore, type Store, sql } from '../../../store/index.ts';

/** The analysis date every fixture below is written against. */
export const AS_OF = '2024-06-30';

const PROFILE_COLUMNS = `
  customer_id BIGINT, email VARCHAR, first_name VARCHAR, last_name VARCHAR, city VARCHAR, signup_channel VARCHAR,
  country VARCHAR, accepts_marketing BOOLEAN, signup_date DATE, first_order_date DATE, last_order_date DATE,
  number_of_orders INTEGER, number_of_returns INTEGER, recency_days INTEGER, tenure_days INTEGER,
  amount_spent DOUBLE, average_order_value DOUBLE, average_days_between_orders DOUBLE, returns_rate DOUBLE,
  discount_rate DOUBLE, rfm_r INTEGER, rfm_f INTEGER, rfm_m INTEGER, rfm_score VARCHAR, rfm_group VARCHAR,
  lifecycle_stage VARCHAR, value_tier VARCHAR, churn_probability DOUBLE, predicted_clv DOUBLE,
  predicted_number_of_orders DOUBLE, expected_date_of_next_order DATE, purchase_propensity DOUBLE`;

type Profile = [
  id: number,
  firstName: string,
  city: string | null,
  country: string | null,
  acceptsMarketing: boolean | null,
  lastOrderDate: string | null,
  numberOfOrders: number,
  amountSpent: number,
  rfmGroup: string | null,
  lifecycleStage: string,
  churnProbability: number | null,
  predictedClv: number | null,
];

/** Six customers at 2024-06-30; the tests work out who matches each rule from this table by hand. */
const PROFILES: Profile[] = [
  [1, 'Ada', 'London', 'GB', true, '2024-06-20', 5, 450, 'Champions', 'active', 0.1, 900],
  [2, 'Ben', 'Paris', 'FR', false, '2024-05-31', 3, 120, 'At Risk', 'at_risk', 0.8, 300],
  [3, 'Cleo', 'Boston', 'US', true, '2024-01-15', 1, 40, 'Hibernating', 'lapsed', null, null],
  [4, 'Dan', 'Leeds', 'GB', null, '2024-06-01', 3, 250, "Can't Lose Them", 'lapsed', 0.75, 600],
  [5, 'Eve', null, null, true, null, 0, 0, null, 'new', null, null],
  [6, 'Finn', 'Lyon', 'FR', true, '2024-06-30', 2, 510, 'Loyal', 'active', 0.2, 1000],
];

/** Products: [id, sku, name, category]. Dan's rye is filed under 'BREAD' to test letter case. */
const PRODUCTS: [number, string, string, string][] = [
  [1, 'BRD-1', 'Sourdough', 'Bread'],
  [2, 'COF-1', 'Flat White', 'Coffee'],
  [3, 'PST-1', 'Croissant', 'Pastry'],
  [4, 'BRD-2', 'Rye', 'BREAD'],
];

/** Orders: [order id, customer id, date, kind, product ids of its lines]. */
const ORDERS: [number, number, string, string, number[]][] = [
  [101, 1, '2024-06-20', 'sale', [1, 2]],
  [102, 1, '2024-05-10', 'sale', [1, 1]],
  [103, 1, '2024-03-01', 'sale', [1]],
  [104, 1, '2024-02-01', 'sale', [2]],
  [201, 2, '2024-05-31', 'sale', [1]],
  [202, 2, '2024-05-20', 'return', [1]],
  [203, 2, '2024-04-01', 'sale', [1]],
  [401, 4, '2024-06-01', 'sale', [4]],
  [402, 4, '2024-07-05', 'sale', [1]],
  [601, 6, '2024-06-30', 'sale', [1]],
  [602, 6, '2024-06-29', 'sale', [3]],
];

/** Segments: vip holds Ada and Cleo now; Finn left it. */
const MEMBERS: [segmentId: number, customerId: number, exitedAt: string | null][] = [
  [1, 1, null],
  [1, 3, null],
  [1, 6, '2024-06-01 00:00:00'],
  [2, 2, null],
];

/**
 * An in-memory store with the canonical model, a `customer_profile` TABLE standing in for the
 * view, minimal `segments`/`segment_members`, and the fixture customers, products and orders above.
 *
 * @example
 * const store = await openProfileStore();
 */
export async function openProfileStore(): Promise<Store> {
  const store = await openStore(':memory:');
  // Migrations may already define the view and the segment tables; the fixture replaces them with
  // plain tables holding exactly the rows below, so expected members can be worked out by hand.
  await store.run(sql`DROP VIEW IF EXISTS customer_profile`);
  await store.run(sql`DROP TABLE IF EXISTS segment_members`);
  await store.run(sql`DROP TABLE IF EXISTS segments`);
  await store.run(sql`CREATE TABLE customer_profile (${sql.trusted(PROFILE_COLUMNS)})`);
  await store.run(sql`CREATE TABLE segments (segment_id BIGINT, name VARCHAR)`);
  await store.run(
    sql`CREATE TABLE segment_members (segment_id BIGINT, customer_id BIGINT, entered_at TIMESTAMP, exited_at TIMESTAMP)`,
  );
  for (const [id, name, city, country, marketing, last, orders, spent, rfm, stage, churn, clv] of PROFILES) {
    await store.run(sql`INSERT INTO customer_profile (customer_id, first_name, email, city, country, accepts_marketing,
      last_order_date, number_of_orders, amount_spent, rfm_group, lifecycle_stage, churn_probability, predicted_clv)
      VALUES (${id}, ${name}, ${`${name.toLowerCase()}@example.com`}, ${city}, ${country}, ${marketing},
      CAST(${last} AS DATE), ${orders}, ${spent}, ${rfm}, ${stage}, ${churn}, ${clv})`);
  }
  for (const [id, sku, name, category] of PRODUCTS) {
    await store.run(sql`INSERT INTO products (product_id, product_key, sku, name, category, import_id)
      VALUES (${id}, ${sku}, ${sku}, ${name}, ${category}, 1)`);
  }
  for (const [orderId, customerId, date, kind, productIds] of ORDERS) {
    await store.run(sql`INSERT INTO orders (order_id, source, external_id, customer_id, ordered_at, kind, amount, amount_from, import_id)
      VALUES (${orderId}, 'fixture', ${String(orderId)}, ${customerId}, CAST(${date} AS TIMESTAMP) + INTERVAL 10 HOUR, ${kind}, 10, 'fixture', 1)`);
    for (const [line, productId] of productIds.entries()) {
      await store.run(sql`INSERT INTO order_lines (order_id, product_id, quantity, unit_price, amount, is_return, fingerprint, occurrence, import_id, source_row)
        VALUES (${orderId}, ${productId}, 1, 10, 10, ${kind === 'return'}, ${orderId * 10 + line}, 1, 1, ${orderId * 10 + line})`);
    }
  }
  await store.run(sql`INSERT INTO segments VALUES (1, 'vip'), (2, 'VIP lapsed')`);
  for (const [segmentId, customerId, exitedAt] of MEMBERS) {
    await store.run(
      sql`INSERT INTO segment_members VALUES (${segmentId}, ${customerId}, TIMESTAMP '2024-01-01 00:00:00', CAST(${exitedAt} AS TIMESTAMP))`,
    );
  }
  return store;
}
