import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_IMPORT_OPTIONS, importFile } from '../src/ingest/index.ts';
import { rocAuc } from '../src/models/classifiers/index.ts';
import { refreshPropensity } from '../src/predictions/propensity/index.ts';
import { openStore, sql } from '../src/store/index.ts';
import { sharedData } from './shared-data.ts';

// CDNOW's 23,570 customers, scored as of 1998-04-01 from snapshots before it, then checked against
// who actually ordered in the last 90 days of the data (1998-04-01 … 1998-06-30).
test('CDNOW: purchase propensity predicts the last 90 days it never saw', async () => {
  const store = await openStore(':memory:');
  await importFile(store, sharedData('cdnow', 'CDNOW_master.txt'), {
    ...DEFAULT_IMPORT_OPTIONS,
    currency: 'USD',
    map: {
      order_id: 'customer_id+date',
      order_date: 'date',
      line_amount: 'dollar_value',
      quantity: 'number_of_cds',
    },
  });
  const asOf = '1998-04-01';
  const run = await refreshPropensity(store, { asOf, horizonDays: 90, seed: 1 });
  assert.equal(run.status, 'trained');
  assert.deepEqual(
    run.snapshots.map((s) => s.date),
    ['1998-01-01', '1997-10-03', '1997-07-05', '1997-04-06'],
  );
  assert.equal(run.report!.fold_kind, 'time');
  assert.equal(run.report!.auc_folds.length, 3);
  assert.equal(run.customers_scored, 23_570);
  const rows = await store.all<{ p: number; ordered: number }>(sql`SELECT p.purchase_propensity AS p,
      CASE WHEN EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = p.customer_id AND o.kind = 'sale'
        AND o.ordered_at >= CAST(${asOf} AS DATE)) THEN 1 ELSE 0 END AS ordered
    FROM customer_propensity p`);
  const auc = rocAuc(
    rows.map((r) => r.p),
    rows.map((r) => r.ordered),
  );
  const meanPredicted = rows.reduce((a, r) => a + r.p, 0) / rows.length;
  const actualRate = rows.reduce((a, r) => a + r.ordered, 0) / rows.length;
  // Seen when written: AUC 0.838, mean score 0.126 against 0.141 who ordered.
  assert.ok(auc > 0.8, `forward AUC ${auc}`);
  assert.ok(
    Math.abs(meanPredicted - actualRate) < 0.03,
    `predicted ${meanPredicted} vs actual ${actualRate}`,
  );
  store.close();
});
