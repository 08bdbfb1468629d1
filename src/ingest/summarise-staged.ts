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
  badCurrencies: number;
}

/** Counts what the file holds (accepted rows only), independent of what the store already had. */
export async function summariseStaged(
  store: Store,
  staged: string,
  kind: RecordKind,
  preset: Preset | undefined,
): Promise<StagedSummary> {
  const s = sql.ident(staged);
  const accepted = (flag: string) => sql`count(*) FILTER (WHERE ${sql.ident(flag)} AND problem_code IS NULL)`;
  const noKey = kind === 'orders' || kind === 'customers' ? sql`phone IS NULL` : sql`true`;
  const base = await store.one<Record<string, bigint | number | null>>(sql`SELECT
      count(*) FILTER (WHERE problem_code IS NULL) AS accepted,
      count(*) FILTER (WHERE copy_no > 1 AND problem_code IS NULL) AS copies,
      ${accepted('bad_email')} AS bad_email, ${accepted('bad_phone')} AS bad_phone,
      ${accepted('bad_country')} AS bad_country, ${accepted('bad_currency')} AS bad_currency,
      count(*) FILTER (WHERE problem_code IS NULL AND customer_id IS NULL AND email IS NULL AND ${noKey}) AS guest_lines
    FROM ${s}`);
  const orders =
    kind === 'orders'
      ? await summariseOrders(store, staged, preset)
      : { orders: 0, guests: 0, returns: 0, revenue: 0 };
  const n = (k: string) => Number(base?.[k] ?? 0);
  return {
    accepted: n('accepted'),
    orders: orders.orders,
    guestOrders: orders.guests,
    guestLines: kind === 'orders' ? n('guest_lines') : 0,
    returns: orders.returns,
    netRevenue: orders.revenue,
    exactCopies: n('copies'),
    badEmails: n('bad_email'),
    badPhones: n('bad_phone'),
    badCountries: n('bad_country'),
    badCurrencies: n('bad_currency'),
  };
}

/** Per order: its stated total (else the sum of its lines), less any refund, which is a return of its own. */
async function summariseOrders(store: Store, staged: string, preset: Preset | undefined) {
  const prefix = preset?.returns?.orderIdPrefix;
  const isReturn =
    prefix !== undefined
      ? sql`starts_with(order_id, ${prefix})`
      : sql`coalesce(bool_and(line_value < 0 OR coalesce(quantity < 0, false)), false)`;
  const row = await store.one<Record<string, bigint | number | null>>(sql`SELECT count(*) AS orders,
      count(*) FILTER (WHERE guest) AS guests,
      count(*) FILTER (WHERE is_return) + count(*) FILTER (WHERE refunded > 0) AS returns,
      sum(coalesce(total, lines) - coalesce(refunded, 0)) AS revenue
    FROM (SELECT order_id, bool_and(customer_id IS NULL AND email IS NULL AND phone IS NULL) AS guest, ${isReturn} AS is_return,
        arg_min(order_total, row_no) FILTER (WHERE order_total IS NOT NULL) AS total, sum(line_value) AS lines,
        arg_min(refunded_amount, row_no) FILTER (WHERE refunded_amount IS NOT NULL) AS refunded
      FROM ${sql.ident(staged)} WHERE problem_code IS NULL GROUP BY order_id)`);
  return {
    orders: Number(row?.orders ?? 0),
    guests: Number(row?.guests ?? 0),
    returns: Number(row?.returns ?? 0),
    revenue: Number(row?.revenue ?? 0),
  };
}
