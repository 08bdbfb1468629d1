import { z } from 'zod';
import { PatronError } from '../../errors/index.ts';
import { type Store, sql } from '../../store/index.ts';
import type { ValueTier } from './value-tier.ts';
import { DEFAULT_VALUE_TIER_SETTINGS, ValueTierSettings } from './value-tier-settings.ts';
import { valueTiersSql } from './value-tiers-sql.ts';

/** How many customers each tier holds, the spend range it covers and its share of net revenue. */
export interface TierSummary {
  customers: number;
  min_amount_spent: number | null;
  max_amount_spent: number | null;
  revenue_share: number | null;
}

export interface ValueTierRefresh {
  as_of: string | null;
  customers: number;
  tiers: Record<ValueTier, TierSummary>;
}

/**
 * Recomputes every customer's value tier from the current features (run it after `refreshFeatures`,
 * in the same transaction). Customers with no sale before as_of get no tier.
 *
 * @example
 * const { tiers } = await refreshValueTiers(store); // tiers.high: { customers: 973, min_amount_spent: 212.4, … }
 */
export async function refreshValueTiers(
  store: Store,
  settings: ValueTierSettings = DEFAULT_VALUE_TIER_SETTINGS,
): Promise<ValueTierRefresh> {
  const checked = ValueTierSettings.safeParse(settings);
  if (!checked.success) {
    const issues = z.prettifyError(checked.error);
    throw new PatronError('invalid_value_tier_settings', `The value tier settings cannot be used: ${issues}`);
  }
  await store.run(sql`DELETE FROM customer_value_tiers`);
  await store.run(sql`INSERT INTO customer_value_tiers ${valueTiersSql(checked.data)}`);
  const rows = await store.all<{
    tier: ValueTier;
    n: bigint;
    lo: number;
    hi: number;
    share: number | null;
  }>(sql`
    SELECT t.tier, count(*) AS n, round(min(f.amount_spent), 4) AS lo, round(max(f.amount_spent), 4) AS hi,
      round(sum(f.amount_spent) / nullif(sum(sum(f.amount_spent)) OVER (), 0), 6) AS share
    FROM customer_value_tiers t JOIN customer_features f USING (customer_id) GROUP BY t.tier`);
  const asOf = await store.one<{ d: string | null }>(
    sql`SELECT strftime(max(as_of), '%Y-%m-%d') AS d FROM customer_value_tiers`,
  );
  const empty = (): TierSummary => ({
    customers: 0,
    min_amount_spent: null,
    max_amount_spent: null,
    revenue_share: null,
  });
  const tiers: Record<ValueTier, TierSummary> = { high: empty(), medium: empty(), low: empty() };
  for (const r of rows) {
    tiers[r.tier] = {
      customers: Number(r.n),
      min_amount_spent: r.lo,
      max_amount_spent: r.hi,
      revenue_share: r.share,
    };
  }
  return { as_of: asOf?.d ?? null, customers: rows.reduce((a, r) => a + Number(r.n), 0), tiers };
}
