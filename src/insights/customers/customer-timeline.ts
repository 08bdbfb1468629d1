import { type Store, sql } from '../../store/index.ts';

export interface TimelineItem {
  at: string;
  kind:
    | 'order'
    | 'return'
    | 'event'
    | 'feedback'
    | 'segment_enter'
    | 'segment_exit'
    | 'rfm_change'
    | 'lifecycle_change';
  title: string;
  detail: string | null;
  amount: number | null;
}

/** Orders, returns, events, feedback, segment entries and exits, RFM and lifecycle changes, newest first. */
export async function customerTimeline(
  store: Store,
  customerId: number,
  limit = 200,
): Promise<TimelineItem[]> {
  // The id is written into the text so each lookup can use its index (see sql.int).
  const id = sql.int(customerId);
  const rows = await store.all<Record<string, unknown>>(sql`
    WITH all_own_orders AS MATERIALIZED (
      -- Materialised so the lookup uses the orders_by_customer index: a top-N directly over orders
      -- turns it into a full scan (a dynamic filter on ordered_at).
      SELECT order_id, ordered_at, kind, external_id, channel, amount FROM orders WHERE customer_id = ${id}
    ), own_orders AS (
      SELECT * FROM all_own_orders ORDER BY ordered_at DESC LIMIT ${limit}
    ), line_text AS (
      -- One pass over the lines of those orders only (a join, not a subquery per order).
      SELECT l.order_id, string_agg(coalesce(p.name, 'item') || CASE WHEN l.quantity IS NOT NULL AND l.quantity <> 1
          THEN ' × ' || CAST(CAST(abs(l.quantity) AS DOUBLE) AS VARCHAR) ELSE '' END, ', ') AS lines
      FROM order_lines l LEFT JOIN products p USING (product_id)
      WHERE l.order_id IN (SELECT order_id FROM own_orders) GROUP BY l.order_id
    ), items AS (
      SELECT o.ordered_at AS happened, CASE WHEN o.kind = 'return' THEN 'return' ELSE 'order' END AS kind,
        CASE WHEN o.kind = 'return' THEN 'Return ' ELSE 'Order ' END || o.external_id AS title,
        t.lines || coalesce(' · ' || o.channel, '') AS detail,
        CAST(o.amount AS DOUBLE) AS amount
      FROM own_orders o LEFT JOIN line_text t USING (order_id)
      UNION ALL
      SELECT occurred_at, 'event', replace(event_type, '_', ' '), CAST(properties AS VARCHAR), NULL
      FROM events WHERE customer_id = ${id}
      UNION ALL
      SELECT created_at, 'feedback', kind || CASE WHEN rating IS NOT NULL THEN ' (' || CAST(rating AS VARCHAR) || ')' ELSE '' END, body, NULL
      FROM feedback WHERE customer_id = ${id}
      UNION ALL
      SELECT m.entered_at, 'segment_enter', 'Entered segment ' || s.name, s.rule_text, NULL
      FROM segment_members m JOIN segments s USING (segment_id) WHERE m.customer_id = ${id}
      UNION ALL
      SELECT m.exited_at, 'segment_exit', 'Left segment ' || s.name, s.rule_text, NULL
      FROM segment_members m JOIN segments s USING (segment_id) WHERE m.customer_id = ${id} AND m.exited_at IS NOT NULL
      UNION ALL
      SELECT changed_at, 'rfm_change', 'RFM group: ' || coalesce(from_group || ' → ', '') || to_group, 'as of ' || CAST(as_of AS VARCHAR), NULL
      FROM rfm_history WHERE customer_id = ${id}
      UNION ALL
      SELECT changed_at, 'lifecycle_change', 'Lifecycle: ' || coalesce(from_stage || ' → ', '') || to_stage, 'as of ' || CAST(as_of AS VARCHAR), NULL
      FROM lifecycle_history WHERE customer_id = ${id}
    )
    SELECT strftime(happened, '%Y-%m-%d %H:%M:%S') AS at_text, kind, title, detail, amount FROM items
    ORDER BY happened DESC, kind LIMIT ${limit}`);
  return rows.map((r) => ({
    at: String(r.at_text),
    kind: r.kind as TimelineItem['kind'],
    title: String(r.title),
    detail: (r.detail as string | null) ?? null,
    amount: r.amount === null || r.amount === undefined ? null : Math.round(Number(r.amount) * 100) / 100,
  }));
}
