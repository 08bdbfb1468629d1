import { type Sql, type Store, sql } from '../store/index.ts';
import type { FeatureSpec } from './feature-spec.ts';
import type { FeatureTable } from './feature-table.ts';

/**
 * Reads the inputs for `specs` from the store: one row per live customer with at least one order
 * (when any input comes from orders), else per customer who answered one of the attributes.
 * Category shares a customer never bought are 0; a missing attribute is null.
 *
 * @example
 * const table = await loadFeatureTable(store, specs); // table.ids.length === customers clustered
 */
export async function loadFeatureTable(
  store: Store,
  specs: readonly FeatureSpec[],
  /** An extra condition on the profile row `p`, e.g. "not yet assigned". */
  only: Sql = sql`TRUE`,
): Promise<FeatureTable> {
  const fromOrders = specs.some((s) => s.source.type === 'profile' || s.source.type === 'share');
  const attributes = specs.flatMap((s) => (s.source.type === 'attribute' ? [s.source.attribute] : []));
  const population: Sql = fromOrders
    ? sql`p.number_of_orders > 0`
    : sql`p.customer_id IN (SELECT customer_id FROM customer_attributes WHERE name IN (${sql.join(attributes.map((a) => sql`${a}`))}) AND value IS NOT NULL)`;
  const columns = specs.map((spec, i) => {
    const alias = sql.ident(`f${i}`);
    const source = spec.source;
    switch (source.type) {
      case 'profile':
        return spec.kind === 'numeric'
          ? sql`CAST(p.${sql.ident(source.column)} AS DOUBLE) AS ${alias}`
          : sql`CAST(p.${sql.ident(source.column)} AS VARCHAR) AS ${alias}`;
      case 'share':
        return sql`coalesce((SELECT s.share FROM customer_spend_shares s WHERE s.customer_id = p.customer_id
          AND s.dimension = 'category' AND s.key = ${source.category}), 0) AS ${alias}`;
      case 'attribute':
        return sql`(SELECT a.value FROM customer_attributes a WHERE a.customer_id = p.customer_id AND a.name = ${source.attribute}
          ORDER BY a.recorded_at DESC, a.import_id DESC LIMIT 1) AS ${alias}`;
      case 'csv':
        throw new Error('CSV inputs are read by readCsvTable, not from the store');
      default:
        return source satisfies never;
    }
  });
  const result =
    await store.columns(sql`SELECT CAST(p.customer_id AS VARCHAR) AS id, CAST(p.amount_spent AS DOUBLE) AS revenue,
    ${sql.join(columns)} FROM customer_profile p WHERE ${population} AND ${only} ORDER BY p.customer_id`);
  const ids = (result.id ?? []) as string[];
  return {
    ids,
    specs: [...specs],
    numeric: specs.map((s, i) =>
      s.kind === 'numeric'
        ? Float64Array.from((result[`f${i}`] ?? []) as (number | null)[], (v) => v ?? Number.NaN)
        : null,
    ),
    text: specs.map((s, i) =>
      s.kind === 'categorical' ? ((result[`f${i}`] ?? []) as (string | null)[]) : null,
    ),
    revenue: Float64Array.from((result.revenue ?? []) as (number | null)[], (v) => v ?? 0),
  };
}
