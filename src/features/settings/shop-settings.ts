import type { z } from 'zod';
import { PatronError } from '../../errors/index.ts';
import { type Store, sql } from '../../store/index.ts';
import { DEFAULT_LIFECYCLE_SETTINGS, LifecycleSettings } from '../lifecycle/index.ts';
import { DEFAULT_RFM_OPTIONS, RfmOptions } from '../rfm/index.ts';
import { DEFAULT_VALUE_TIER_SETTINGS, ValueTierSettings } from '../value-tiers/index.ts';

/** Every group of named settings a shop can change, with its schema and defaults. */
const GROUPS = {
  lifecycle: { schema: LifecycleSettings, defaults: DEFAULT_LIFECYCLE_SETTINGS },
  value_tiers: { schema: ValueTierSettings, defaults: DEFAULT_VALUE_TIER_SETTINGS },
  rfm: { schema: RfmOptions, defaults: DEFAULT_RFM_OPTIONS },
} as const;

export type SettingGroup = keyof typeof GROUPS;

export interface ShopSettings {
  lifecycle: LifecycleSettings;
  value_tiers: ValueTierSettings;
  rfm: RfmOptions;
}

/** The shop's settings: stored choices over the defaults. */
export async function loadShopSettings(store: Store): Promise<ShopSettings> {
  const rows = await store.all<{ name: string; value: string }>(
    sql`SELECT name, CAST(value AS VARCHAR) AS value FROM shop_settings`,
  );
  const stored = new Map(rows.map((r) => [r.name, JSON.parse(r.value) as Record<string, unknown>]));
  return {
    lifecycle: LifecycleSettings.parse({ ...GROUPS.lifecycle.defaults, ...stored.get('lifecycle') }),
    value_tiers: ValueTierSettings.parse({ ...GROUPS.value_tiers.defaults, ...stored.get('value_tiers') }),
    rfm: RfmOptions.parse({ ...GROUPS.rfm.defaults, ...stored.get('rfm') }),
  };
}

/**
 * Changes one named setting, e.g. `lifecycle.atRiskFactor=2` or `value_tiers.highShare=0.1`;
 * the whole group is checked before anything is saved. `null` resets a setting to its default.
 *
 * @example
 * await setShopSetting(store, 'lifecycle.lostAfterDays', 'null');
 */
export async function setShopSetting(store: Store, key: string, raw: string): Promise<ShopSettings> {
  const [group, name] = key.split('.') as [string, string | undefined];
  const spec = GROUPS[group as SettingGroup];
  if (!spec || !name || !(name in spec.defaults)) {
    const known = Object.entries(GROUPS).flatMap(([g, s]) => Object.keys(s.defaults).map((n) => `${g}.${n}`));
    throw new PatronError('unknown_setting', `'${key}' is not a setting. Settings: ${known.join(', ')}.`);
  }
  const current = (await loadShopSettings(store))[group as SettingGroup] as Record<string, unknown>;
  const value = raw.trim() === 'default' ? (spec.defaults as Record<string, unknown>)[name] : parseValue(raw);
  const next = { ...current, [name]: value };
  const checked = (spec.schema as z.ZodType).safeParse(next);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new PatronError(
      'invalid_setting',
      `${key}=${raw} was not saved: ${issue?.message ?? 'invalid value'}.`,
    );
  }
  await store.run(
    sql`INSERT OR REPLACE INTO shop_settings VALUES (${group}, ${JSON.stringify(checked.data)}, now()::TIMESTAMP)`,
  );
  return loadShopSettings(store);
}

function parseValue(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}
