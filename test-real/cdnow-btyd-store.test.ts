import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_IMPORT_OPTIONS, importFile } from '../src/ingest/index.ts';
import { refreshDerived } from '../src/pipeline/index.ts';
import { latestPredictionRun, validatePredictions } from '../src/predictions/index.ts';
import { openStore } from '../src/store/index.ts';
import { sharedData } from './shared-data.ts';

const PUBLISHED = { r: 0.2425982, alpha: 4.4136842, a: 0.7929899, b: 2.4261667 };

test('CDNOW imported into a store: validation at 1997-09-30 reproduces the published BG/NBD fit and its holdout', async () => {
  const store = await openStore(':memory:');
  try {
    await importFile(store, sharedData('cdnow', 'CDNOW_sample.txt'), {
      ...DEFAULT_IMPORT_OPTIONS,
      map: { customer_id: '#1', order_id: '#1+#3', order_date: '#3', quantity: '#4', line_amount: '#5' },
    });
    const { predictions } = await refreshDerived(store);
    assert.equal(predictions?.status, 'ok', JSON.stringify(predictions?.report).slice(0, 300));
    assert.equal((await latestPredictionRun(store))?.run_id, predictions?.run_id);
    const v = await validatePredictions(store, { calibrationEnd: '1997-09-30', models: ['bgnbd'] });
    assert.equal(v.status, 'ok');
    if (v.status !== 'ok') return;
    assert.equal(v.customers, 2357);
    for (const [name, value] of Object.entries(PUBLISHED)) {
      const got = v.params[name] as number;
      assert.ok(Math.abs(got - value) <= 0.001 * value, `${name} = ${got}, published ${value}`);
    }
    assert.equal(v.holdout_length, 39);
    assert.equal(v.aggregate.actual_total, 1882);
    assert.ok((v.correlation as number) >= 0.62, `correlation ${v.correlation}`);
    assert.equal(v.calibration_table[0]?.customers, 1411);
  } finally {
    store.close();
  }
});
