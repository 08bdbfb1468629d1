import { type Store, sql } from '../../store/index.ts';
import type { Preset } from '../presets/preset.ts';
import { customerJoin } from './customer-join.ts';
import { loadProducts } from './load-products.ts';

export interface OrdersLoaded {
  lines: number;
  ordersCreated: number;
  guestOrdersCreated: number;
  returnsCreated: number;
}

/**
 * Loads new order lines (rows not already in the store), creating their orders, products and,
 * for refunded amounts, return orders. `newRows` is the temp table of rows to load.
 */
export async function loadOrders(
  store: Store,
  newRows: string,
  keyMap: string,
  preset: Preset | undefined,
  source: string,
  importId: number,
): Promise<OrdersLoaded> {
  const n = sql.ident(newRows);
  const orders = sql.ident(`${newRows}_orders`);
  const prefix = preset?.returns?.orderIdPrefix;
  const isReturn =
    prefix !== undefined
      ? sql`starts_with(any_value(order_id), ${prefix})`
      : sql`coalesce(bool_and(line_value < 0 OR coalesce(quantity < 0, false)), false)`;
  await store.run(sql`CREATE OR REPLACE TEMP TABLE ${orders} AS
    SELECT order_id AS external_id, arg_min(order_date, row_no) AS ordered_at,
      arg_min(km.cid, row_no) FILTER (WHERE km.cid IS NOT NULL) AS cid,
      arg_min(currency, row_no) FILTER (WHERE currency IS NOT NULL) AS currency,
      arg_min(order_total, row_no) FILTER (WHERE order_total IS NOT NULL) AS order_total,
      coalesce(arg_min(discount_amount, row_no) FILTER (WHERE discount_amount IS NOT NULL), sum(line_discount)) AS discount,
      arg_min(refunded_amount, row_no) FILTER (WHERE refunded_amount IS NOT NULL) AS refunded,
      arg_min(refunded_at, row_no) FILTER (WHERE refunded_at IS NOT NULL) AS refunded_at,
      arg_min(channel, row_no) FILTER (WHERE channel IS NOT NULL) AS channel,
      arg_min(status, row_no) FILTER (WHERE status IS NOT NULL) AS status,
      ${isReturn} AS is_return, sum(line_value) AS lines_total
    FROM ${n} ${customerJoin(newRows, keyMap)} GROUP BY order_id`);
  const created = await store.one<{ orders: bigint; guests: bigint; returns: bigint }>(sql`
    SELECT count(*) AS orders, count(*) FILTER (WHERE o.cid IS NULL) AS guests, count(*) FILTER (WHERE o.is_return) AS returns
    FROM ${orders} o ANTI JOIN orders e ON e.source = ${source} AND e.external_id = o.external_id`);
  await store.run(sql`INSERT INTO orders
    SELECT (SELECT coalesce(max(order_id), 0) FROM orders) + row_number() OVER (ORDER BY o.ordered_at, o.external_id),
      ${source}, o.external_id, o.cid, o.ordered_at, CASE WHEN o.is_return THEN 'return' ELSE 'sale' END, o.currency,
      coalesce(o.order_total, o.lines_total), CASE WHEN o.order_total IS NULL THEN 'lines' ELSE 'total' END,
      o.discount, o.channel, o.status, NULL, ${importId}
    FROM ${orders} o ANTI JOIN orders e ON e.source = ${source} AND e.external_id = o.external_id`);
  await loadProducts(store, newRows, importId);
  const lines = await store.run(sql`INSERT INTO order_lines
    SELECT o.order_id, p.product_id, r.quantity, r.unit_price, r.line_value, coalesce(r.line_value < 0 OR r.quantity < 0 OR o.kind = 'return', false),
      r.fp, r.occ, ${importId}, r.row_no, r.extra
    FROM ${n} r JOIN orders o ON o.source = ${source} AND o.external_id = r.order_id
    LEFT JOIN products p ON p.product_key = coalesce(r.sku, r.product_name)`);
  // Orders whose amount is the sum of their lines, and that gained lines from an overlapping export.
  await store.run(sql`UPDATE orders SET amount = t.total FROM (
      SELECT l.order_id, sum(l.amount) AS total FROM order_lines l
      WHERE l.order_id IN (SELECT o.order_id FROM orders o JOIN ${orders} x ON o.source = ${source} AND o.external_id = x.external_id WHERE o.import_id <> ${importId})
      GROUP BY l.order_id) t
    WHERE orders.order_id = t.order_id AND orders.amount_from = 'lines'`);
  const refunds = await loadRefunds(store, orders, source, importId);
  return {
    lines,
    ordersCreated: Number(created?.orders ?? 0) + refunds,
    guestOrdersCreated: Number(created?.guests ?? 0),
    returnsCreated: Number(created?.returns ?? 0) + refunds,
  };
}

/** A refunded amount on a sale becomes a return order of its own, dated when the refund happened. */
async function loadRefunds(
  store: Store,
  orders: ReturnType<typeof sql.ident>,
  source: string,
  importId: number,
): Promise<number> {
  return store.run(sql`INSERT INTO orders
    SELECT (SELECT coalesce(max(order_id), 0) FROM orders) + row_number() OVER (ORDER BY o.external_id),
      ${source}, o.external_id || '#refund', o.cid, coalesce(o.refunded_at, o.ordered_at), 'return', o.currency,
      -o.refunded, 'total', NULL, o.channel, 'refund', o.external_id, ${importId}
    FROM ${orders} o ANTI JOIN orders e ON e.source = ${source} AND e.external_id = o.external_id || '#refund'
    WHERE o.refunded > 0`);
}
