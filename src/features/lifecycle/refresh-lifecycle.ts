import { z } from 'zod';
import { PatronError } from '../../errors/index.ts';
import { type Store, sql } from '../../store/index.ts';
import { classifyLifecycle } from './classify-lifecycle.ts';
import { type CustomerRhythm, customerRhythmSql } from './customer-rhythm-sql.ts';
import { DEFAULT_LIFECYCLE_SETTINGS, LifecycleSettings } from './lifecycle-settings.ts';
import type { LifecycleStage } from './lifecycle-stage.ts';
import { shopSecondOrderGapSql } from './shop-second-order-gap-sql.ts';
import { writeLifecycle } from './write-lifecycle.ts';

/** A customer whose stage changed; `from` is null the first time they get one. */
export interface LifecycleChange {
  customer_id: number;
  from: LifecycleStage | null;
  to: LifecycleStage;
}

export interface LifecycleRefresh {
  as_of: string | null;
  /** The shop's usual gap to a second order day (the chosen percentile); null while nobody came back. */
  shop_second_order_gap_days: number | null;
  stages: Record<LifecycleStage, number>;
  changes: LifecycleChange[];
}

/**
 * Recomputes every customer's lifecycle stage from the current features and orders (run it after
 * `refreshFeatures`, in the same transaction) and returns the stage changes for the history.
 * Customers with no sale before as_of get no stage.
 *
 * @example
 * const { stages, changes } = await refreshLifecycle(store);
 * // stages: { new: 151, active: 730, … }, changes: [{ customer_id: 7, from: 'active', to: 'at_risk' }, …]
 */
export async function refreshLifecycle(
  store: Store,
  settings: LifecycleSettings = DEFAULT_LIFECYCLE_SETTINGS,
): Promise<LifecycleRefresh> {
  const checked = LifecycleSettings.safeParse(settings);
  if (!checked.success) {
    const issues = z.prettifyError(checked.error);
    throw new PatronError('invalid_lifecycle_settings', `The lifecycle settings cannot be used: ${issues}`);
  }
  const s = checked.data;
  const asOf = await store.one<{ d: string | null }>(
    sql`SELECT strftime(max(as_of), '%Y-%m-%d') AS d FROM customer_features`,
  );
  const shop = await store.one<{ gap_days: number | null }>(
    shopSecondOrderGapSql(s.secondOrderGapPercentile),
  );
  const shopGapDays = shop?.gap_days ?? null;
  const rhythms = await store.all<CustomerRhythm>(customerRhythmSql());
  const gapForOneDayBuyers = shopGapDays ?? s.usualGapWithoutRepeatBuyersDays;
  const staged = rhythms.map((c) => ({
    customer_id: c.customer_id,
    ...classifyLifecycle(c, gapForOneDayBuyers, s),
  }));
  const previous = await store.all<{ customer_id: bigint; stage: LifecycleStage }>(
    sql`SELECT customer_id, stage FROM customer_lifecycle`,
  );
  const before = new Map(previous.map((p) => [p.customer_id, p.stage]));
  const stages: Record<LifecycleStage, number> = {
    new: 0,
    active: 0,
    reactivated: 0,
    at_risk: 0,
    lapsed: 0,
    lost: 0,
  };
  const changes: LifecycleChange[] = [];
  for (const c of staged) {
    stages[c.stage] += 1;
    const from = before.get(c.customer_id) ?? null;
    if (from !== c.stage) changes.push({ customer_id: Number(c.customer_id), from, to: c.stage });
  }
  await writeLifecycle(store, asOf?.d ?? null, staged);
  return { as_of: asOf?.d ?? null, shop_second_order_gap_days: shopGapDays, stages, changes };
}
