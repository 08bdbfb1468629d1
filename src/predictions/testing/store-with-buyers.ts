import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_IMPORT_OPTIONS, importFile } from '../../ingest/index.ts';
import { type BgnbdParams, randomGamma } from '../../models/btyd/index.ts';
import { SeededRandom } from '../../models/random/index.ts';
import { openStore, type Store } from '../../store/index.ts';

const HEADER = 'order_id,order_date,customer_id,sku,product_name,category,quantity,unit_price';
const START = Date.UTC(2024, 0, 1);

/** One order: customer number, day offset from 2024-01-01, amount. */
export interface TestOrder {
  customer: number;
  day: number;
  amount: number;
}

/**
 * Test helper: orders from the BG/NBD story in days (λ ~ Gamma(r, α), dropout p ~ Beta(a, b) after
 * each repeat order; first orders spread over the first `firstDays` days, history `days` long;
 * order values Gamma around 20).
 */
export function simulateOrders(
  params: BgnbdParams,
  options: { customers: number; days: number; firstDays: number; seed: number },
): TestOrder[] {
  const random = new SeededRandom(options.seed);
  const orders: TestOrder[] = [];
  for (let c = 1; c <= options.customers; c++) {
    const first = Math.floor(random.next() * options.firstDays);
    const lambda = randomGamma(random, params.r) / params.alpha;
    const ga = randomGamma(random, params.a);
    const p = ga / (ga + randomGamma(random, params.b));
    const value = 5 + randomGamma(random, 4) * 4;
    orders.push({ customer: c, day: first, amount: value });
    let t = first;
    for (;;) {
      t += -Math.log(1 - random.next()) / lambda;
      if (t >= options.days) break;
      orders.push({ customer: c, day: Math.floor(t), amount: value * (0.5 + random.next()) });
      if (random.next() < p) break;
    }
  }
  return orders;
}

/** Imports the orders through the real import pipeline into a fresh in-memory store. */
export async function storeWithOrders(orders: readonly TestOrder[]): Promise<Store> {
  const store = await openStore(':memory:');
  const dir = mkdtempSync(join(tmpdir(), 'patron-predictions-'));
  try {
    const lines = orders.map((o, i) => {
      const date = new Date(START + o.day * 86_400_000).toISOString().slice(0, 10);
      return `O${i + 1},${date},C${o.customer},S1,Bun,Bread,1,${o.amount.toFixed(2)}`;
    });
    const path = join(dir, 'orders.csv');
    writeFileSync(path, [HEADER, ...lines, ''].join('\n'));
    const imported = await importFile(store, path, { ...DEFAULT_IMPORT_OPTIONS });
    if (imported.rows_quarantined > 0)
      throw new Error(`fixture rows were quarantined: ${imported.rows_quarantined}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return store;
}
