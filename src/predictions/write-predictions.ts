import { type Store, sql } from '../store/index.ts';
import { addDays } from './add-days.ts';
import type { CustomerSummaries } from './customer-summaries.ts';
import type { CustomerScores } from './score-customers.ts';

const orNull = (v: number) => (Number.isFinite(v) ? v : null);

/**
 * Replaces the stored per-customer predictions with a new run's. Historic CLV is the customer's
 * net spend from the features (refreshed just before), falling back to the summaries' sales.
 * Call inside a transaction.
 */
export async function writePredictions(
  store: Store,
  runId: string,
  asOf: string,
  horizonDays: number,
  s: CustomerSummaries,
  scores: CustomerScores,
): Promise<void> {
  const periodEnd = addDays(asOf, -1);
  await store.run(sql`DELETE FROM customer_predictions`);
  await store.run(sql`CREATE OR REPLACE TEMP TABLE predictions_new (
    customer_id BIGINT, sales DOUBLE, predicted_clv DOUBLE, clv_low DOUBLE, clv_high DOUBLE,
    orders DOUBLE, orders_low DOUBLE, orders_high DOUBLE, p_alive DOUBLE, next_order VARCHAR,
    days_between DOUBLE, order_value DOUBLE)`);
  const appender = await store.appender('predictions_new');
  const put = (v: number | null) => (v === null ? appender.appendNull() : appender.appendDouble(v));
  for (let i = 0; i < s.histories.n; i++) {
    appender.appendBigInt(BigInt(s.keys[i] as number | bigint));
    put(s.totalAmount[i] as number);
    put(scores.clv[i] as number);
    put(orNull(scores.clvLow[i] as number));
    put(orNull(scores.clvHigh[i] as number));
    put(scores.expected[i] as number);
    put(orNull(scores.expectedLow[i] as number));
    put(orNull(scores.expectedHigh[i] as number));
    put(scores.pAlive[i] as number);
    const wait = scores.nextOrderDays[i] as number;
    if (Number.isFinite(wait)) appender.appendVarchar(addDays(periodEnd, Math.max(1, Math.round(wait))));
    else appender.appendNull();
    put(orNull(scores.averageDaysBetween[i] as number));
    put(orNull(scores.spend[i] as number));
    appender.endRow();
  }
  appender.closeSync();
  await store.run(sql`INSERT INTO customer_predictions
    SELECT n.customer_id, ${runId}, CAST(${asOf} AS DATE), ${horizonDays},
      coalesce(f.amount_spent, n.sales), n.predicted_clv, n.clv_low, n.clv_high,
      coalesce(f.amount_spent, n.sales) + n.predicted_clv,
      n.orders, n.orders_low, n.orders_high, n.p_alive, 1 - n.p_alive,
      CAST(n.next_order AS DATE), n.days_between, n.order_value
    FROM predictions_new n LEFT JOIN customer_features f USING (customer_id)`);
  await store.run(sql`DROP TABLE predictions_new`);
}
