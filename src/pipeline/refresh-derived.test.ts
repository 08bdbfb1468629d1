import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadDemo } from '../demo/index.ts';
import { latestPredictionRun } from '../predictions/index.ts';
import { openStore } from '../store/index.ts';
import { refreshDerived } from './refresh-derived.ts';

test('settings-style refreshes keep the models unless the analysis date moves; imports always refit', async () => {
  const store = await openStore(':memory:');
  try {
    await loadDemo(store, 300, 7); // the import's refresh fits the models
    const fitted = await latestPredictionRun(store);
    assert.ok(fitted);

    const kept = await refreshDerived(store, { models: 'when-as-of-changes' });
    assert.equal(kept.predictions, null);
    assert.equal(kept.propensity, null);
    assert.equal((await latestPredictionRun(store))?.run_id, fitted.run_id);

    const earlier = await refreshDerived(store, { models: 'when-as-of-changes', asOf: '2026-06-01' });
    assert.equal(earlier.predictions?.as_of, '2026-06-01');
    assert.notEqual((await latestPredictionRun(store))?.run_id, fitted.run_id);

    const always = await refreshDerived(store, { asOf: '2026-06-01' });
    assert.ok(always.predictions);
    assert.notEqual(always.predictions.run_id, earlier.predictions?.run_id);
  } finally {
    store.close();
  }
});
