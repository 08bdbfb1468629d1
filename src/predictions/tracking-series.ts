import { expectedRepeatPurchases, type PurchaseModelParams } from '../models/btyd/index.ts';
import { type Sql, type Store, sql } from '../store/index.ts';
import { addDays } from './add-days.ts';
import { type TimeUnit, UNIT_DAYS } from './time-unit.ts';

/** One point of the tracking chart: cumulative repeat purchases by the end of a period. */
export interface TrackingPoint {
  period_end: string;
  actual_cumulative: number;
  predicted_cumulative: number;
  holdout: boolean;
}

/**
 * Cumulative repeat purchases per period, actual against predicted (the "tracking plot" of Fader,
 * Hardie & Lee 2005, figure 2), for customers whose first purchase is on or before the calibration
 * end. The prediction is Σ E[X(age at period end)] over those customers, so the calibration part
 * shows the fit and the holdout part the forecast.
 */
export async function trackingSeries(
  store: Store,
  source: Sql,
  fitted: PurchaseModelParams,
  window: { start: string; calibrationEnd: string; end: string; unit: TimeUnit },
): Promise<TrackingPoint[]> {
  const unitDays = UNIT_DAYS[window.unit];
  const start = sql`CAST(${window.start} AS DATE)`;
  const base = sql`WITH days AS (SELECT customer_key, day FROM (${source}) src
      WHERE day <= CAST(${window.end} AS DATE) GROUP BY customer_key, day),
    firsts AS (SELECT customer_key, min(day) AS first_day FROM days GROUP BY customer_key
      HAVING min(day) <= CAST(${window.calibrationEnd} AS DATE))`;
  const cohorts = await store.all<{ offset: number; customers: number }>(
    sql`${base} SELECT CAST(date_diff('day', ${start}, first_day) AS INTEGER) AS offset, CAST(count(*) AS INTEGER) AS customers FROM firsts GROUP BY 1`,
  );
  const repeats = await store.all<{ period: number; purchases: number }>(
    sql`${base} SELECT CAST(floor(date_diff('day', ${start}, d.day) / ${unitDays}) AS INTEGER) AS period, CAST(count(*) AS INTEGER) AS purchases
      FROM days d JOIN firsts f USING (customer_key) WHERE d.day > f.first_day GROUP BY 1`,
  );
  const totalDays = Math.round((Date.parse(window.end) - Date.parse(window.start)) / 86_400_000);
  const periods = Math.floor(totalDays / unitDays) + 1;
  const perPeriod = new Float64Array(periods);
  for (const r of repeats)
    if (r.period < periods) perPeriod[r.period] = (perPeriod[r.period] as number) + r.purchases;
  const calibrationDays = Math.round(
    (Date.parse(window.calibrationEnd) - Date.parse(window.start)) / 86_400_000,
  );
  const points: TrackingPoint[] = [];
  let actual = 0;
  for (let k = 0; k < periods; k++) {
    actual += perPeriod[k] as number;
    const lastDay = Math.min((k + 1) * unitDays - 1, totalDays);
    let predicted = 0;
    for (const c of cohorts) {
      if (c.offset <= lastDay)
        predicted += c.customers * expectedRepeatPurchases(fitted, (lastDay - c.offset) / unitDays);
    }
    points.push({
      period_end: addDays(window.start, lastDay),
      actual_cumulative: actual,
      predicted_cumulative: predicted,
      holdout: lastDay > calibrationDays,
    });
  }
  return points;
}
