import { type Store, sql } from '../../store/index.ts';

export interface SegmentKpis {
  segment_id: number;
  name: string;
  size: number;
  share_of_customers: number;
  revenue_share: number;
  average_order_value: number | null;
  orders_per_customer: number | null;
  repeat_rate: number | null;
  /** Of members who were customers more than 90 days before as_of, the share who ordered in the last 90 days. */
  retention_90d: number | null;
  historical_clv: number | null;
}

/**
 * Per saved segment (current members): size, share of customers, revenue share, average order
 * value, orders per customer, repeat rate, 90-day retention and historical CLV (average net spend).
 */
export async function segmentKpis(store: Store): Promise<SegmentKpis[]> {
  const rows = await store.all<Record<string, unknown>>(sql`
    WITH totals AS (
      SELECT count(*) AS customers, sum(amount_spent) AS revenue FROM customer_profile
    ), members AS (
      SELECT sm.segment_id, p.* FROM segment_members sm JOIN customer_profile p USING (customer_id) WHERE sm.exited_at IS NULL
    )
    SELECT s.segment_id, s.name, count(m.customer_id) AS size,
      count(m.customer_id) / nullif(any_value(t.customers), 0) AS share_of_customers,
      coalesce(sum(m.amount_spent), 0) / nullif(any_value(t.revenue), 0) AS revenue_share,
      sum(m.average_order_value * m.number_of_orders) / nullif(sum(m.number_of_orders), 0) AS average_order_value,
      avg(m.number_of_orders) AS orders_per_customer,
      count(*) FILTER (WHERE m.number_of_orders > 1) / nullif(count(*) FILTER (WHERE m.number_of_orders > 0), 0) AS repeat_rate,
      count(*) FILTER (WHERE m.tenure_days > 90 AND m.recency_days <= 90) / nullif(count(*) FILTER (WHERE m.tenure_days > 90), 0) AS retention_90d,
      avg(m.amount_spent) AS historical_clv
    FROM segments s LEFT JOIN members m ON m.segment_id = s.segment_id CROSS JOIN totals t
    GROUP BY s.segment_id, s.name ORDER BY s.name`);
  const num = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v) * 10000) / 10000);
  return rows.map((r) => ({
    segment_id: Number(r.segment_id),
    name: String(r.name),
    size: Number(r.size),
    share_of_customers: num(r.share_of_customers) ?? 0,
    revenue_share: num(r.revenue_share) ?? 0,
    average_order_value: num(r.average_order_value),
    orders_per_customer: num(r.orders_per_customer),
    repeat_rate: num(r.repeat_rate),
    retention_90d: num(r.retention_90d),
    historical_clv: num(r.historical_clv),
  }));
}
