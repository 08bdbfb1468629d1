import { readRule } from '../../segments/index.ts';
import { compileRule, DEFAULT_CATALOGUE } from '../../segments/rules/index.ts';
import { type Sql, type Store, sql } from '../../store/index.ts';
import { LIVE_PROFILE_ROWS, type ProfileRows } from './profile-rows-sql.ts';

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
 * Customers matching a name/email search and a segment rule, a page at a time, with the number of
 * all matches. A bad rule throws the rule's PatronError (with
 * its position). `rows` is a table of `profileRowsSql` rows (the server's copy) or the live rows.
 *
 * @example
 * await searchCustomers(store, { q: 'smith', rule: 'number_of_orders >= 3', sort: 'amount_spent', limit: 50, offset: 0 });
 */
export async function searchCustomers(
  store: Store,
  search: CustomerSearch,
  rows: ProfileRows = LIVE_PROFILE_ROWS,
): Promise<{ total: number; customers: CustomerListRow[] }> {
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
  const where = sql`${byText} AND ${byRule}`;
  const columns = sql`p.customer_id, p.email, p.first_name, p.last_name, p.city, p.country, p.number_of_orders,
      round(p.amount_spent, 2) AS amount_spent, strftime(p.last_order_date, '%Y-%m-%d') AS last_order_date,
      p.rfm_group, p.lifecycle_stage, p.value_tier`;
  const query: PageQuery = { store, rows, where, columns, search };
  const found = text ? await onePass(query) : await countThenPage(query);
  return {
    total: found.total,
    customers: found.page.map((r) => ({
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

/** One page of customers to find: the rows, the filter, the listed columns and the paging. */
interface PageQuery {
  store: Store;
  rows: ProfileRows;
  where: Sql;
  columns: Sql;
  search: CustomerSearch;
}

type Found = { total: number; page: Record<string, unknown>[] };

/**
 * Text search: the substring test is the costly part, so it runs once. One scan counts the matches
 * and keeps the first `offset + limit` rows by the sort key (rowids of the server's copy, ids of
 * live rows); the page's rows are then fetched by those handles.
 */
async function onePass({ store, rows, where, columns, search }: PageQuery): Promise<Found> {
  // Sort keys as tuples, largest first: present values before missing ones (NULLS LAST), then
  // the value, then the lower customer id on ties.
  const key =
    search.sort === 'customer_id'
      ? sql`-p.customer_id`
      : search.sort === 'last_order_date'
        ? sql`(p.last_order_date IS NOT NULL, coalesce(epoch(p.last_order_date), 0), -p.customer_id)`
        : sql`(${sql.ident('p', search.sort)} IS NOT NULL, coalesce(${sql.ident('p', search.sort)}, 0), -p.customer_id)`;
  // A stored copy is fetched by row position (DuckDB reads just those rows); live rows by id.
  const handle = rows.stored ? sql`p.rowid` : sql`p.customer_id`;
  const [top] = await store.all<{ total: bigint; page: (number | bigint)[] | null }>(sql`
    SELECT count(*) AS total, max_by(${handle}, ${key}, ${search.offset + search.limit}) AS page
    FROM ${rows.sql} p WHERE ${where}`);
  const total = Number(top?.total ?? 0);
  const handles = (top?.page ?? []).slice(search.offset).map(Number);
  if (handles.length === 0) return { total, page: [] };
  // A semi join (not an IN list) lets DuckDB fetch only those rows instead of scanning every column.
  const found = await store.all<Record<string, unknown>>(
    sql`SELECT ${handle} AS handle, ${columns} FROM ${rows.sql} p
      WHERE ${handle} IN (SELECT unnest(${sql.ints(handles)}))`,
  );
  const byHandle = new Map(found.map((r) => [Number(r.handle), r]));
  return { total, page: handles.map((h) => byHandle.get(h)).filter((r) => r !== undefined) };
}

/** Rule or no filter: cheap to test, so counting and taking the page are two plain scans. */
async function countThenPage({ store, rows, where, columns, search }: PageQuery): Promise<Found> {
  const order =
    search.sort === 'customer_id'
      ? sql`p.customer_id`
      : search.sort === 'last_order_date'
        ? sql`p.last_order_date DESC NULLS LAST, p.customer_id`
        : sql`${sql.ident('p', search.sort)} DESC NULLS LAST, p.customer_id`;
  const total = await store.one<{ n: bigint }>(sql`SELECT count(*) AS n FROM ${rows.sql} p WHERE ${where}`);
  const page = await store.all<Record<string, unknown>>(
    sql`SELECT ${columns} FROM ${rows.sql} p WHERE ${where} ORDER BY ${order} LIMIT ${search.limit} OFFSET ${search.offset}`,
  );
  return { total: Number(total?.n ?? 0), page };
}
