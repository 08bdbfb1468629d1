import { type Sql, sql } from '../../../store/index.ts';
import type { CallNode } from '../ast/call-node.ts';
import type { CompileContext } from './compile-context.ts';
import { dateValueSql } from './date-value-sql.ts';

/** Which `products` column each text filter matches. */
const PRODUCT_FILTERS = [
  ['category', 'category'],
  ['product', 'name'],
  ['sku', 'sku'],
] as const;

/**
 * `products_purchased(category:, product:, sku:, since:, until:)`: the customer's distinct sale
 * orders dated in [since, until] (default: all time before the analysis date) with at least one line
 * matching every given filter (case-insensitive), counted once per customer and looked up for `p`.
 *
 * @example
 * productsPurchasedSql(call("products_purchased(category: 'Bread', since: -90d)"), context)
 */
export function productsPurchasedSql(call: CallNode, context: CompileContext): Sql {
  const argument = (name: string) => call.args.find((a) => a.name === name)?.value;
  const orderDate = sql`CAST(o.ordered_at AS DATE)`;
  const since = argument('since');
  const until = argument('until');
  const filters = [sql`o.customer_id IS NOT NULL`, sql`o.kind = ${'sale'}`];
  if (since) filters.push(sql`${orderDate} >= ${dateValueSql(since, context.asOf)}`);
  // Like every feature, orders count up to the day before the analysis date unless `until` says otherwise.
  filters.push(
    until
      ? sql`${orderDate} <= ${dateValueSql(until, context.asOf)}`
      : sql`${orderDate} < CAST(${context.asOf} AS DATE)`,
  );
  for (const [name, column] of PRODUCT_FILTERS) {
    const value = argument(name);
    if (value?.kind === 'string') filters.push(sql`lower(pr.${sql.ident(column)}) = lower(${value.value})`);
  }
  // The count is computed once for every customer (an uncorrelated aggregate) and looked up per
  // profile row, which DuckDB runs as one hash join instead of a per-customer subquery.
  return sql`coalesce((SELECT x.n FROM (SELECT o.customer_id, count(DISTINCT o.order_id) AS n FROM orders o
      JOIN order_lines l ON l.order_id = o.order_id LEFT JOIN products pr ON pr.product_id = l.product_id
      WHERE ${sql.join(filters, ' AND ')} GROUP BY o.customer_id) x WHERE x.customer_id = p.customer_id), 0)`;
}
