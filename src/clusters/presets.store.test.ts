import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadDemo } from '../demo/index.ts';
import { openStore } from '../store/index.ts';
import { runClustering } from './run-clustering.ts';

test('presets on the demo café: protected attributes are left out unless named, and inputs are listed', async () => {
  const store = await openStore(':memory:');
  await loadDemo(store, 300, 3);
  const options = { k: { mode: 'fixed', k: 3 } as const, nInit: 2, stabilityResamples: 0 };

  const psychographic = await runClustering(store, { ...options, features: 'psychographic' });
  const used = psychographic.inputs.used.map((u) => u.name);
  assert.ok(used.includes('attribute:survey_favourite_treat'));
  assert.ok(!used.some((u) => /gender|age_band/.test(u)));
  assert.deepEqual(psychographic.inputs.excluded_protected.map((e) => e.category).sort(), ['age', 'gender']);
  assert.ok(psychographic.profiles.every((p) => p.name.length > 0 && p.description.endsWith('.')));

  const onPurpose = await runClustering(store, { ...options, features: 'psychographic,gender' });
  const gender = onPurpose.inputs.used.find((u) => u.name === 'attribute:gender');
  assert.equal(gender?.protected, true);
  assert.deepEqual(
    onPurpose.inputs.excluded_protected.map((e) => e.name),
    ['age_band'],
  );

  const behaviour = await runClustering(store, { ...options, features: 'behaviour' });
  const names = behaviour.inputs.used.map((u) => u.name);
  assert.ok(names.includes('average_days_between_orders') && names.some((n) => n.startsWith('share:')));
  // One-order customers have no gap between orders: the median fills it, and the output says so.
  assert.ok(
    behaviour.inputs.missing_filled.some((m) => m.name === 'average_days_between_orders' && m.rows > 0),
  );
  for (const p of behaviour.profiles) {
    assert.equal(p.distinguishing.length, 3);
    assert.ok(p.revenue_share !== null && p.revenue_share >= 0 && p.revenue_share <= 1);
  }
  const shares = behaviour.profiles.reduce((s, p) => s + (p.revenue_share ?? 0), 0);
  assert.ok(Math.abs(shares - 1) < 1e-9);

  await assert.rejects(runClustering(store, { features: 'rfm,amount_spnt' }), /Did you mean 'amount_spent'/);
  store.close();
});
