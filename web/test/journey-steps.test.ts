import assert from 'node:assert/strict';
import { test } from 'node:test';
import { journeySteps } from '../src/lifecycle/journey-steps.ts';

test('journey steps: buyers, then repeat buyers from the repeat rate, each as a share of the step before', () => {
  const steps = journeySteps({ customers: 200, customers_with_orders: 150, repeat_rate: 0.4 });
  assert.deepEqual(steps, [
    { label: 'Customers', customers: 200, shareOfPrevious: null },
    { label: 'Ordered', customers: 150, shareOfPrevious: 0.75 },
    { label: 'Ordered again', customers: 60, shareOfPrevious: 0.4 },
  ]);
});

test('journey steps: an empty shop has no shares, and a missing repeat rate counts no repeat buyers', () => {
  const steps = journeySteps({ customers: 0, customers_with_orders: 0, repeat_rate: null });
  assert.deepEqual(
    steps.map((s) => [s.customers, s.shareOfPrevious]),
    [
      [0, null],
      [0, null],
      [0, null],
    ],
  );
});
