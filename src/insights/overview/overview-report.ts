import { type Store, sql } from '../../store/index.ts';

export interface MonthlyPoint {
  month: string;
  revenue: number;
  orders: number;
  customers: number;
  new_customers: number;
}

export interface OverviewReport {
  as_of: string | null;
  customers: number;
  customers_with_orders: number;
  orders: number;
  revenue: number;
  average_order_value: number | null;
  repeat_rate: number | null;
  active_customers: number;
  at_risk_customers: number;
  monthly: MonthlyPoint[];
}

const money = (v: unknown) => Math.round(Number(v ?? 0) * 100) / 100;

/**
 * The shop at a glance: customers, net revenue, repeat rate, active and at-risk counts (by
 * lifecycle stage), and the last `months` months of revenue, orders and new customers.
 *
 * @example
 * const o = await overviewReport(store); // { customers: 4980, revenue: 412345.5, repeat_rate: 0.61, … }
 */
export async function overviewReport(store: Store, months = 24): Promise<OverviewReport> {
  const head = await store.one<Record<string, unknown>>(sql`
    SELECT (SELECT strftime(max(as_of), '%Y-%m-%d') FROM customer_features) AS as_of,
      (SELECT count(*) FROM customers WHERE merged_into IS NULL) AS customers,
      (SELECT count(*) FROM customer_features WHERE number_of_orders > 0) AS buyers,
      (SELECT count(*) FILTER (WHERE number_of_orders > 1) / nullif(count(*) FILTER (WHERE number_of_orders > 0), 0)
        FROM customer_features) AS repeat_rate,
      (SELECT count(*) FILTER (WHERE stage IN ('new', 'active', 'reactivated')) FROM customer_lifecycle) AS active,
      (SELECT count(*) FILTER (WHERE stage = 'at_risk') FROM customer_lifecycle) AS at_risk,
      (SELECT count(*) FILTER (WHERE kind <> 'return') FROM orders) AS orders,
      (SELECT coalesce(sum(amount), 0) FROM orders) AS revenue,
      (SELECT avg(amount) FILTER (WHERE kind <> 'return') FROM orders) AS aov`);
  const monthly = await store.all<Record<string, unknown>>(sql`
    WITH by_month AS (
      SELECT strftime(date_trunc('month', ordered_at), '%Y-%m') AS month, sum(amount) AS revenue,
        count(*) FILTER (WHERE kind <> 'return') AS orders, count(DISTINCT customer_id) AS customers
      FROM orders GROUP BY 1
    ), firsts AS (
      SELECT strftime(date_trunc('month', first_order_date), '%Y-%m') AS month, count(*) AS new_customers
      FROM customer_features WHERE first_order_date IS NOT NULL GROUP BY 1
    )
    SELECT b.month, b.revenue, b.orders, b.customers, coalesce(f.new_customers, 0) AS new_customers
    FROM by_month b LEFT JOIN firsts f USING (month) ORDER BY b.month DESC LIMIT ${months}`);
  const rate = head?.repeat_rate;
  const aov = head?.aov;
  return {
    as_of: (head?.as_of as string | null) ?? null,
    customers: Number(head?.customers ?? 0),
    customers_with_orders: Number(head?.buyers ?? 0),
    orders: Number(head?.orders ?? 0),
    revenue: money(head?.revenue),
    average_order_value: aov === null || aov === undefined ? null : money(aov),
    repeat_rate: rate === null || rate === undefined ? null : Math.round(Number(rate) * 10000) / 10000,
    active_customers: Number(head?.active ?? 0),
    at_risk_customers: Number(head?.at_risk ?? 0),
    monthly: monthly.reverse().map((m) => ({
      month: String(m.month),
      revenue: money(m.revenue),
      orders: Number(m.orders),
      customers: Number(m.customers),
      new_customers: Number(m.new_customers),
    })),
  };
}
