import { readRule } from '../../segments/index.ts';
import { compileRule, DEFAULT_CATALOGUE } from '../../segments/rules/index.ts';
import { type Store, sql } from '../../store/index.ts';
import { searchTextSql } from './search-text-sql.ts';

export interface CustomerSearch {
  q?: string | undefined;
  rule?: string | undefined;
  sort: 'amount_spent' | 'number_of_orders' | 'last_order_date' | 'customer_id';
  limit: number;
  offset: number;
}

export interface CustomerListRow {
  customer_id: number;
  email: string | null;
  first_name: string | null;
  last_name: string | null;
  city: string | null;
  country: string | null;
  number_of_orders: number;
  amount_spent: number;
  last_order_date: string | null;
  rfm_group: string | null;
  lifecycle_stage: string | null;
  value_tier: string | null;
}

/**
 * Customers matching a name/email search and a segment rule, a page at a time. A bad rule throws
 * the rule's PatronError (with its position). `profileTable` may name a copy of `customer_profile`
 * with a `search_text` column (see searchTextSql).
 *
 * @example
 * await searchCustomers(store, { q: 'smith', rule: 'number_of_orders >= 3', sort: 'amount_spent', limit: 50, offset: 0 });
 */
export async function searchCustomers(
  store: Store,
  search: CustomerSearch,
  profileTable = 'customer_profile',
): Promise<{ total: number; customers: CustomerListRow[] }> {
  // A copy made by WorkspaceData.profileTable has search_text already; the view gets it here.
  const from =
    profileTable === 'customer_profile'
      ? sql`(SELECT *, ${searchTextSql()} AS search_text FROM customer_profile)`
      : sql.ident(profileTable);
  const text = search.q?.trim().toLowerCase();
  const byText = text ? sql`contains(p.search_text, ${text})` : sql`true`;
  let byRule = sql`true`;
  if (search.rule?.trim()) {
    const asOf = await store.one<{ d: string | null }>(
      sql`SELECT strftime(max(as_of), '%Y-%m-%d') AS d FROM customer_features`,
    );
    byRule = compileRule(readRule(search.rule), DEFAULT_CATALOGUE, {
      asOf: asOf?.d ?? new Date().toISOString().slice(0, 10),
    });
  }
  const order =
    search.sort === 'customer_id'
      ? sql`p.customer_id`
      : search.sort === 'last_order_date'
        ? sql`p.last_order_date DESC NULLS LAST, p.customer_id`
        : sql`p.${sql.ident(search.sort)} DESC, p.customer_id`;
  const total = await store.one<{ n: bigint }>(
    sql`SELECT count(*) AS n FROM ${from} p WHERE ${byText} AND ${byRule}`,
  );
  const rows = await store.all<Record<string, unknown>>(sql`
    SELECT p.customer_id, p.email, p.first_name, p.last_name, p.city, p.country, p.number_of_orders,
      round(p.amount_spent, 2) AS amount_spent, strftime(p.last_order_date, '%Y-%m-%d') AS last_order_date,
      p.rfm_group, p.lifecycle_stage, p.value_tier
    FROM ${from} p WHERE ${byText} AND ${byRule}
    ORDER BY ${order} LIMIT ${search.limit} OFFSET ${search.offset}`);
  return {
    total: Number(total?.n ?? 0),
    customers: rows.map((r) => ({
      customer_id: Number(r.customer_id),
      email: (r.email as string | null) ?? null,
      first_name: (r.first_name as string | null) ?? null,
      last_name: (r.last_name as string | null) ?? null,
      city: (r.city as string | null) ?? null,
      country: (r.country as string | null) ?? null,
      number_of_orders: Number(r.number_of_orders),
      amount_spent: Number(r.amount_spent),
      last_order_date: (r.last_order_date as string | null) ?? null,
      rfm_group: (r.rfm_group as string | null) ?? null,
      lifecycle_stage: (r.lifecycle_stage as string | null) ?? null,
      value_tier: (r.value_tier as string | null) ?? null,
    })),
  };
}
