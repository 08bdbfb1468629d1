import { type Store, sql } from '../../store/index.ts';
import type { ResolvedMapping } from '../mapping/resolve-mapping.ts';
import type { Preset } from '../presets/preset.ts';
import { loadEvents, loadFeedback } from './load-activity.ts';
import { loadCustomerRows } from './load-customer-rows.ts';
import { loadOrders, type OrdersLoaded } from './load-orders.ts';

export interface LoadInput {
  staged: string;
  keyMap: string;
  mapping: ResolvedMapping;
  headers: readonly string[];
  preset: Preset | undefined;
  source: string;
  importId: number;
  dropDuplicateLines: boolean;
}

export interface RowsLoaded extends OrdersLoaded {
  loaded: number;
  duplicates: number;
}

// Where each kind's records live, to recognise rows the store already has.
const TARGET = {
  orders: 'order_lines',
  customers: 'customer_records',
  events: 'events',
  feedback: 'feedback',
} as const;

/** Splits accepted rows into new ones and duplicates of stored records, then loads the new ones. */
export async function loadRows(store: Store, input: LoadInput): Promise<RowsLoaded> {
  const { staged, keyMap, mapping, importId, source } = input;
  const newRows = `${staged}_new`;
  // Rows already stored are flagged in place (a join that touches only duplicates); new rows are a view.
  await store.run(sql`UPDATE ${sql.ident(`${staged}_typed`)} s SET stored = true FROM ${sql.ident(TARGET[mapping.kind])} t
    WHERE t.fingerprint = s.fp AND t.occurrence = s.occ`);
  const dropCopies = input.dropDuplicateLines ? sql`AND copy_no = 1` : sql``;
  await store.run(sql`CREATE OR REPLACE TEMP VIEW ${sql.ident(newRows)} AS
    SELECT * FROM ${sql.ident(staged)} WHERE problem_code IS NULL AND NOT stored ${dropCopies}`);
  const counts = await store.one<{
    accepted: bigint;
    fresh: bigint;
  }>(sql`SELECT count(*) FILTER (WHERE problem_code IS NULL) AS accepted,
    count(*) FILTER (WHERE problem_code IS NULL AND NOT stored ${dropCopies}) AS fresh FROM ${sql.ident(staged)}`);
  const fresh = Number(counts?.fresh ?? 0);
  const duplicates = Number(counts?.accepted ?? 0) - fresh;
  const none: OrdersLoaded = { lines: 0, ordersCreated: 0, guestOrdersCreated: 0, returnsCreated: 0 };
  switch (mapping.kind) {
    case 'orders': {
      const orders = await loadOrders(store, newRows, keyMap, input.preset, source, importId);
      return { ...orders, loaded: orders.lines, duplicates };
    }
    case 'customers': {
      const unmapped = mapping.unmapped.map((i) => input.headers[i] ?? '');
      const loaded = await loadCustomerRows(store, newRows, keyMap, unmapped, input.preset, source, importId);
      return { ...none, loaded, duplicates };
    }
    case 'events':
      return { ...none, loaded: await loadEvents(store, newRows, keyMap, importId), duplicates };
    case 'feedback':
      return { ...none, loaded: await loadFeedback(store, newRows, keyMap, importId), duplicates };
    default: {
      const exhaustive: never = mapping.kind;
      throw new Error(`unknown kind ${String(exhaustive)}`);
    }
  }
}
