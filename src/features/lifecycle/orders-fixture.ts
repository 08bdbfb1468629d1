import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_IMPORT_OPTIONS, importFile } from '../../ingest/index.ts';
import { openStore, type Store, sql } from '../../store/index.ts';
import { refreshFeatures } from '../index.ts';

const ORDERS_HEADER = 'order_id,order_date,customer_id,sku,product_name,category,quantity,unit_price,channel';

/** A store filled through the real import pipeline, and each external customer id's Patron id. */
export interface OrdersFixture {
  store: Store;
  customerId: (external: string) => number;
}

/**
 * Test helper: imports generic order lines (`ORDERS_HEADER` columns, no header line) into a fresh
 * in-memory store and refreshes the features as of `asOf`.
 *
 * @example
 * const { store, customerId } = await storeWithOrders(['1,2024-01-05,A,S1,Bun,Bread,1,2.50,shop'], '2024-02-01');
 */
export async function storeWithOrders(lines: readonly string[], asOf?: string): Promise<OrdersFixture> {
  const store = await openStore(':memory:');
  const dir = mkdtempSync(join(tmpdir(), 'patron-features-'));
  try {
    if (lines.length > 0) {
      const path = join(dir, 'orders.csv');
      writeFileSync(path, [ORDERS_HEADER, ...lines, ''].join('\n'));
      const imported = await importFile(store, path, { ...DEFAULT_IMPORT_OPTIONS });
      if (imported.rows_quarantined > 0)
        throw new Error(`fixture rows were quarantined: ${imported.rows_quarantined}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await refreshFeatures(store, asOf === undefined ? {} : { asOf });
  const ids = await store.all<{ value: string; customer_id: bigint }>(
    sql`SELECT value, customer_id FROM customer_identities WHERE kind = 'external'`,
  );
  const byExternal = new Map(ids.map((r) => [r.value.replace(/^generic:/, ''), Number(r.customer_id)]));
  return {
    store,
    customerId: (external) => {
      const id = byExternal.get(external);
      if (id === undefined) throw new Error(`no customer ${external} in the fixture`);
      return id;
    },
  };
}
