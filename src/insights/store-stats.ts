import { type Store, sql } from '../store/index.ts';

/** The store at a glance. Revenue is net: returns and refunds are subtracted. */
export interface StoreStats {
  customers: number;
  merged_profiles: number;
  orders: number;
  guest_orders: number;
  returns: number;
  order_lines: number;
  net_revenue: number;
  customer_revenue: number;
  first_order: string | null;
  last_order: string | null;
  imports: number;
  quarantined_rows: number;
}

/**
 * Counts customers, orders, lines, returns and net revenue across everything imported.
 *
 * @example
 * const stats = await storeStats(store); // { customers: 4372, orders: 25900, … }
 */
export async function storeStats(store: Store): Promise<StoreStats> {
  const row = await store.one<Record<string, unknown>>(sql`SELECT
      (SELECT count(*) FROM customers WHERE merged_into IS NULL) AS customers,
      (SELECT count(*) FROM customers WHERE merged_into IS NOT NULL) AS merged_profiles,
      count(*) AS orders,
      count(*) FILTER (WHERE customer_id IS NULL) AS guest_orders,
      count(*) FILTER (WHERE kind = 'return') AS returns,
      (SELECT count(*) FROM order_lines) AS order_lines,
      coalesce(sum(amount), 0) AS net_revenue,
      coalesce(sum(amount) FILTER (WHERE customer_id IS NOT NULL), 0) AS customer_revenue,
      strftime(min(ordered_at), '%Y-%m-%d %H:%M:%S') AS first_order,
      strftime(max(ordered_at), '%Y-%m-%d %H:%M:%S') AS last_order,
      (SELECT count(*) FROM import_runs) AS imports,
      (SELECT count(*) FROM quarantine) AS quarantined_rows
    FROM orders`);
  const n = (k: string) => Number(row?.[k] ?? 0);
  const money = (k: string) => Math.round(Number(row?.[k] ?? 0) * 100) / 100;
  return {
    customers: n('customers'),
    merged_profiles: n('merged_profiles'),
    orders: n('orders'),
    guest_orders: n('guest_orders'),
    returns: n('returns'),
    order_lines: n('order_lines'),
    net_revenue: money('net_revenue'),
    customer_revenue: money('customer_revenue'),
    first_order: (row?.first_order as string | null) ?? null,
    last_order: (row?.last_order as string | null) ?? null,
    imports: n('imports'),
    quarantined_rows: n('quarantined_rows'),
  };
}
