import { type Store, sql } from '../store/index.ts';
import type { RecordKind } from './mapping/fields.ts';
import type { Preset } from './presets/preset.ts';

export interface StagedSummary {
  accepted: number;
  orders: number;
  guestOrders: number;
  guestLines: number;
  returns: number;
  netRevenue: number;
  exactCopies: number;
  badEmails: number;
  badPhones: number;
  badCountries: number;
}

/** Counts what the file holds (accepted rows only), independent of what the store already had. */
export async function summariseStaged(
  store: Store,
  staged: string,
  kind: RecordKind,
  preset: Preset | undefined,
): Promise<StagedSummary> {
  const s = sql.ident(staged);
  const base = await store.one<Record<string, bigint | number | null>>(sql`SELECT
      count(*) FILTER (WHERE problem_code IS NULL) AS accepted,
      count(*) FILTER (WHERE copy_no > 1) AS copies,
      count(*) FILTER (WHERE bad_email) AS bad_email, count(*) FILTER (WHERE bad_phone) AS bad_phone,
      count(*) FILTER (WHERE bad_country) AS bad_country,
      count(*) FILTER (WHERE problem_code IS NULL AND customer_id IS NULL AND email IS NULL AND ${kind === 'orders' || kind === 'customers' ? sql`phone IS NULL` : sql`true`}) AS guest_lines,
      ${kind === 'orders' ? sql`sum(line_value) FILTER (WHERE problem_code IS NULL)` : sql`0`} AS revenue
    FROM ${s}`);
  let orders = { orders: 0, guests: 0, returns: 0 };
  if (kind === 'orders') {
    const prefix = preset?.returns?.orderIdPrefix;
    const isReturn =
      prefix !== undefined
        ? sql`starts_with(order_id, ${prefix})`
        : sql`coalesce(bool_and(line_value < 0 OR coalesce(quantity < 0, false)), false)`;
    const row = await store.one<
      Record<string, bigint>
    >(sql`SELECT count(*) AS orders, count(*) FILTER (WHERE guest) AS guests,
        count(*) FILTER (WHERE is_return) AS returns FROM (
        SELECT order_id, bool_and(customer_id IS NULL AND email IS NULL AND phone IS NULL) AS guest, ${isReturn} AS is_return
        FROM ${s} WHERE problem_code IS NULL GROUP BY order_id)`);
    orders = {
      orders: Number(row?.orders ?? 0),
      guests: Number(row?.guests ?? 0),
      returns: Number(row?.returns ?? 0),
    };
  }
  return {
    accepted: Number(base?.accepted ?? 0),
    orders: orders.orders,
    guestOrders: orders.guests,
    guestLines: kind === 'orders' ? Number(base?.guest_lines ?? 0) : 0,
    returns: orders.returns,
    netRevenue: Number(base?.revenue ?? 0),
    exactCopies: Number(base?.copies ?? 0),
    badEmails: Number(base?.bad_email ?? 0),
    badPhones: Number(base?.bad_phone ?? 0),
    badCountries: Number(base?.bad_country ?? 0),
  };
}
