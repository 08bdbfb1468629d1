import { type PurchaseHistories, preparePurchaseHistories } from '../models/btyd/index.ts';
import type { Sql, Store } from '../store/index.ts';
import { customerSummariesSql, type SummaryWindow } from './customer-summaries-sql.ts';

/** Summaries read back as typed arrays, in customer_key order. */
export interface CustomerSummaries {
  keys: unknown[];
  histories: PurchaseHistories;
  /** Mean repeat-purchase amount, NaN without repeat purchases. */
  monetary: Float64Array;
  totalAmount: Float64Array;
  holdout: Float64Array;
  firstDay: string[];
  lastDay: string[];
  window: SummaryWindow;
}

/**
 * Runs {@link customerSummariesSql} and returns its columns as arrays.
 *
 * @example
 * const s = await readCustomerSummaries(store, orderDaysSql(), { periodEnd: '1997-09-30', unit: 'week' });
 */
export async function readCustomerSummaries(
  store: Store,
  source: Sql,
  window: SummaryWindow,
): Promise<CustomerSummaries> {
  const c = await store.columns(customerSummariesSql(source, window));
  const num = (name: string) =>
    Float64Array.from((c[name] ?? []) as unknown[], (v) => (v == null ? Number.NaN : Number(v)));
  return {
    keys: (c.customer_key ?? []) as unknown[],
    histories: preparePurchaseHistories({ x: num('x'), tx: num('tx'), T: num('t') }),
    monetary: num('monetary'),
    totalAmount: num('total_amount'),
    holdout: num('holdout'),
    firstDay: (c.first_day ?? []) as string[],
    lastDay: (c.last_day ?? []) as string[],
    window,
  };
}
