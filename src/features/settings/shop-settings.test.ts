import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openStore } from '../../store/index.ts';
import { DEFAULT_LIFECYCLE_SETTINGS } from '../lifecycle/index.ts';
import { loadShopSettings, setShopSetting } from './shop-settings.ts';

test('defaults until changed; a change is checked as a whole group and kept', async () => {
  const store = await openStore(':memory:');
  assert.deepEqual((await loadShopSettings(store)).lifecycle, DEFAULT_LIFECYCLE_SETTINGS);
  const changed = await setShopSetting(store, 'lifecycle.atRiskFactor', '2');
  assert.equal(changed.lifecycle.atRiskFactor, 2);
  assert.equal(
    (await loadShopSettings(store)).lifecycle.lapsedFactor,
    DEFAULT_LIFECYCLE_SETTINGS.lapsedFactor,
  );
  await setShopSetting(store, 'value_tiers.highShare', '0.1');
  assert.deepEqual((await loadShopSettings(store)).value_tiers, { highShare: 0.1, mediumShare: 0.3 });
  await setShopSetting(store, 'lifecycle.lostAfterDays', 'null');
  assert.equal((await loadShopSettings(store)).lifecycle.lostAfterDays, null);
  await setShopSetting(store, 'lifecycle.atRiskFactor', 'default');
  assert.equal(
    (await loadShopSettings(store)).lifecycle.atRiskFactor,
    DEFAULT_LIFECYCLE_SETTINGS.atRiskFactor,
  );
  store.close();
});

test('contradictory or unknown settings are refused and nothing is saved', async () => {
  const store = await openStore(':memory:');
  await assert.rejects(setShopSetting(store, 'lifecycle.atRiskFactor', '9'), { code: 'invalid_setting' });
  await assert.rejects(setShopSetting(store, 'value_tiers.highShare', '0.9'), /cannot add up to more than 1/);
  await assert.rejects(setShopSetting(store, 'lifecycle.nope', '1'), { code: 'unknown_setting' });
  assert.deepEqual((await loadShopSettings(store)).lifecycle, DEFAULT_LIFECYCLE_SETTINGS);
  store.close();
});

test('RFM cut points are kept per dimension and must be ascending', async () => {
  const store = await openStore(':memory:');
  await setShopSetting(store, 'rfm.r', JSON.stringify({ kind: 'cuts', cuts: [30, 90, 180, 365] }));
  assert.deepEqual((await loadShopSettings(store)).rfm, {
    r: { kind: 'cuts', cuts: [30, 90, 180, 365] },
    f: { kind: 'rank' },
    m: { kind: 'rank' },
  });
  await assert.rejects(
    setShopSetting(store, 'rfm.f', JSON.stringify({ kind: 'cuts', cuts: [5, 3, 2, 1] })),
    /ascending/,
  );
  store.close();
});
