import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyTransform } from './apply-transform.ts';
import type { FeatureSpec } from './feature-spec.ts';
import type { FeatureTable } from './feature-table.ts';
import { fitTransform } from './fit-transform.ts';
import { nameClusters } from './name-clusters.ts';
import { profileClusters } from './profile-clusters.ts';

const spec = (name: string, kind: 'numeric' | 'categorical' = 'numeric'): FeatureSpec => ({
  name,
  label: name.replaceAll('_', ' '),
  kind,
  source: { type: 'profile', column: name },
  log: false,
  protected: false,
});

test('profiles by hand: means, standardised differences, revenue share, medoid and a name', () => {
  // Cluster 0: two frequent big spenders; cluster 1: two one-order customers.
  const table: FeatureTable = {
    ids: ['a', 'b', 'c', 'd'],
    specs: [spec('number_of_orders'), spec('amount_spent'), spec('country', 'categorical')],
    numeric: [Float64Array.from([10, 12, 1, 1]), Float64Array.from([300, 500, 20, 30]), null],
    text: [null, null, ['GB', 'GB', 'FR', null]],
    revenue: Float64Array.from([300, 500, 20, 30]),
  };
  const transform = fitTransform(table, { log: false, winsor: null, scale: true, missing: 'median' });
  // Country: levels GB (½), FR (¼), (no answer) (¼); weight 1/√(1 − ¼ − 1/16 − 1/16) = 1/√0.625.
  const country = transform.columns[2];
  assert.ok(country?.kind === 'categorical');
  assert.deepEqual(country.levels, ['GB', '(no answer)', 'FR']);
  assert.ok(Math.abs(country.weight - 1 / Math.sqrt(0.625)) < 1e-12);
  const points = applyTransform(transform, table);
  assert.equal(points.d, 5);
  const labels = Int32Array.from([0, 0, 1, 1]);
  const [frequent, oneTime] = nameClusters(profileClusters(table, points, transform, labels, 2, 0));
  assert.ok(frequent && oneTime);
  // Orders: mean 6, population sd √(((4)² + (6)² + 5² + 5²)/4) = √25.5; cluster 0 mean 11 → (11 − 6)/√25.5.
  const orders = frequent.features.find((f) => f.feature === 'number_of_orders');
  assert.equal(orders?.mean, 11);
  assert.equal(orders?.overall_mean, 6);
  assert.ok(Math.abs((orders?.standardised_difference ?? 0) - 5 / Math.sqrt(25.5)) < 1e-12);
  assert.equal(frequent.revenue_share, 800 / 850);
  assert.equal(frequent.size, 2);
  const gb = frequent.levels.find((l) => l.value === 'GB');
  // GB share 1 against ½: (1 − ½)/√(¼) = 1.
  assert.ok(Math.abs((gb?.standardised_difference ?? 0) - 1) < 1e-12);
  assert.equal(frequent.distinguishing.length, 3);
  // GB (+1.00 sd) and orders (+0.99) lead; amount spent (+0.94) is third.
  assert.equal(frequent.name, 'Frequent customers from GB');
  assert.equal(oneTime.name, 'One-time low spenders');
  assert.match(frequent.description, /^2 customers \(50 % of all, 94 % of revenue\) who /);
  // Two members: either is a medoid (equal total distance); the first is kept.
  assert.equal(frequent.medoid.id, 'a');
  assert.deepEqual(frequent.medoid.values, { number_of_orders: 10, amount_spent: 300, country: 'GB' });
});
