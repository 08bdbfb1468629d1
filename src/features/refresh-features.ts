import { type Store, sql } from '../store/index.ts';
import { resolveAsOf } from './default-as-of.ts';
import { eventRecencySql } from './event-recency.ts';
import { type LifecycleSettings, refreshLifecycle } from './lifecycle/index.ts';
import { orderFeaturesSql } from './order-features.ts';
import { recordLifecycleChanges } from './record-lifecycle-changes.ts';
import { type RfmOptions, refreshRfm } from './rfm/index.ts';
import { loadShopSettings } from './settings/index.ts';
import { spendSharesSql } from './spend-shares.ts';
import { refreshValueTiers, type ValueTierSettings } from './value-tiers/index.ts';

export interface RefreshOptions {
  /** `YYYY-MM-DD`; default: the day after the last order. */
  asOf?: string;
  rfm?: RfmOptions;
  lifecycle?: LifecycleSettings;
  valueTiers?: ValueTierSettings;
}

export interface FeatureRefresh {
  as_of: string | null;
  customers: number;
}

/**
 * Recomputes every feature family from the canonical tables, in one transaction, as of one date:
 * order features, spend shares, event recency, then RFM, lifecycle stages and value tiers on top.
 *
 * @example
 * const { as_of } = await refreshFeatures(store); // as_of: '2011-12-10' for Online Retail
 */
export async function refreshFeatures(store: Store, options: RefreshOptions = {}): Promise<FeatureRefresh> {
  const asOf = await resolveAsOf(store, options.asOf);
  return store.transaction(async () => {
    for (const table of ['customer_features', 'customer_spend_shares', 'customer_event_recency']) {
      await store.run(sql`DELETE FROM ${sql.ident(table)}`);
    }
    if (asOf !== null) {
      await store.run(orderFeaturesSql(asOf));
      await store.run(spendSharesSql(asOf));
      await store.run(eventRecencySql(asOf));
    }
    const settings = await loadShopSettings(store);
    await refreshRfm(store, options.rfm ?? settings.rfm);
    const lifecycle = await refreshLifecycle(store, options.lifecycle ?? settings.lifecycle);
    await recordLifecycleChanges(store, lifecycle.changes, asOf);
    await refreshValueTiers(store, options.valueTiers ?? settings.value_tiers);
    if (asOf === null) return { as_of: null, customers: 0 };
    const row = await store.one<{ n: bigint }>(sql`SELECT count(*) AS n FROM customer_features`);
    const customers = Number(row?.n ?? 0);
    await store.run(
      sql`INSERT INTO feature_runs VALUES (CAST(${asOf} AS DATE), now()::TIMESTAMP, ${customers})`,
    );
    return { as_of: asOf, customers };
  });
}
