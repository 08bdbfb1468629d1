import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadDemo } from '../../demo/index.ts';
import { DEFAULT_IMPORT_OPTIONS, importFile } from '../../ingest/index.ts';
import { rocAuc } from '../../models/classifiers/index.ts';
import { previewRule } from '../../segments/index.ts';
import { openStore, sql } from '../../store/index.ts';
import { customerPropensity } from './customer-propensity.ts';
import { addDays } from './plan-snapshots.ts';
import { propensityReport } from './propensity-report.ts';
import { refreshPropensity } from './refresh-propensity.ts';

test('demo store: scores every buyer after import, explains them in words, predicts a real holdout', async () => {
  const store = await openStore(':memory:');
  await loadDemo(store, 400, 5); // the import's refresh runs refreshPropensity
  const report = await propensityReport(store);
  assert.ok(report, 'the import recorded a propensity run');
  assert.equal(report.status, 'trained');
  assert.equal(report.horizon_days, 90);
  assert.ok(report.snapshots.length >= 3);
  assert.equal(report.report!.fold_kind, 'time');
  assert.ok(report.report!.auc_mean > 0.75, `CV AUC ${report.report!.auc_mean}`);
  assert.deepEqual(report.inputs.features.slice(0, 2), ['orders_last_30d', 'orders_last_90d']);
  assert.deepEqual(report.inputs.protected_excluded, []);
  const counts = await store.one<{ scored: bigint; buyers: bigint; bad: bigint }>(sql`SELECT
      (SELECT count(*) FROM customer_propensity) AS scored,
      (SELECT count(*) FROM customer_profile WHERE number_of_orders > 0) AS buyers,
      (SELECT count(*) FROM customer_propensity WHERE NOT (purchase_propensity BETWEEN 0 AND 1) OR isnan(purchase_propensity)) AS bad`);
  assert.equal(counts!.scored, counts!.buyers);
  assert.equal(counts!.bad, 0n);
  const top = await store.one<{
    customer_id: bigint;
    p: number;
  }>(sql`SELECT customer_id, purchase_propensity AS p
    FROM customer_profile WHERE purchase_propensity IS NOT NULL ORDER BY p DESC, customer_id LIMIT 1`);
  const one = await customerPropensity(store, top!.customer_id);
  assert.equal(one!.purchase_propensity, top!.p);
  assert.match(one!.explanation, /^more likely to order in the next 90 days because: .+ \(\+\)/);
  assert.ok(one!.reasons.length > 0 && one!.reasons.length <= 3);
  assert.equal(await customerPropensity(store, 987654321), null);
  // Scores are segment conditions like any profile field.
  const likely = await store.one<{ n: bigint }>(
    sql`SELECT count(*) AS n FROM customer_propensity WHERE purchase_propensity > 0.5`,
  );
  assert.ok(Number(likely!.n) > 0);
  assert.equal((await previewRule(store, 'purchase_propensity > 0.5')).count, Number(likely!.n));

  // A real forward test: score as of 90 days before the end, then look at who actually ordered.
  const end = (await store.one<{ d: string }>(
    sql`SELECT strftime(max(ordered_at), '%Y-%m-%d') AS d FROM orders`,
  ))!.d;
  const asOf = addDays(end, -89);
  const past = await refreshPropensity(store, { asOf, horizonDays: 90, seed: 2 });
  const rows = await store.all<{ p: number; ordered: number }>(sql`SELECT p.purchase_propensity AS p,
      CASE WHEN EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = p.customer_id AND o.kind = 'sale'
        AND o.ordered_at >= CAST(${asOf} AS DATE)) THEN 1 ELSE 0 END AS ordered
    FROM customer_propensity p`);
  assert.equal(rows.length, past.customers_scored);
  const auc = rocAuc(
    rows.map((r) => r.p),
    rows.map((r) => r.ordered),
  );
  assert.ok(auc > 0.75, `holdout AUC ${auc}`);
  const meanPredicted = rows.reduce((a, r) => a + r.p, 0) / rows.length;
  const actualRate = rows.reduce((a, r) => a + r.ordered, 0) / rows.length;
  assert.ok(
    Math.abs(meanPredicted - actualRate) < 0.08,
    `predicted ${meanPredicted} vs actual ${actualRate}`,
  );

  const again = await refreshPropensity(store, { asOf, horizonDays: 90, seed: 2 });
  assert.deepEqual(again.report, past.report, 'same data and seed, same run');
  store.close();
});

test('too little data is recorded with its reason, stores no scores and never throws', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'patron-propensity-'));
  try {
    const store = await openStore(':memory:');
    const empty = await refreshPropensity(store);
    assert.equal(empty.status, 'skipped');
    assert.match(empty.reason!, /no orders/);
    const lines = ['order_id,order_date,customer_id,amount'];
    for (let c = 0; c < 30; c++) lines.push(`O${c},2024-03-0${1 + (c % 9)},C${c},12.50`);
    const file = join(dir, 'few.csv');
    writeFileSync(file, `${lines.join('\n')}\n`);
    await importFile(store, file, { ...DEFAULT_IMPORT_OPTIONS, currency: 'GBP' });
    const few = await refreshPropensity(store);
    assert.equal(few.status, 'skipped');
    assert.match(
      few.reason!,
      /Only 30 customers have ordered before 2024-03-10; propensity needs at least 50/,
    );
    // 80 customers, all in one month: no past 90-day window to learn from.
    for (let c = 30; c < 80; c++) lines.push(`O${c},2024-03-1${c % 9},C${c},9.00`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    await importFile(store, file, { ...DEFAULT_IMPORT_OPTIONS, currency: 'GBP' });
    const short = await refreshPropensity(store);
    assert.equal(short.status, 'skipped');
    assert.match(short.reason!, /no past 90-day window/);
    const stored = await store.one<{ n: bigint }>(sql`SELECT count(*) AS n FROM customer_propensity`);
    assert.equal(stored!.n, 0n);
    const report = await propensityReport(store);
    assert.equal(report!.model, 'none');
    assert.equal(report!.reason, short.reason);
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
