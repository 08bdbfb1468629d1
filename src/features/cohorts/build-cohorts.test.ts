import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCohorts } from './build-cohorts.ts';

test('months with no activity are 0 once seen and null before; row order does not matter', () => {
  const rows = [
    { month: '2023-12', cohort_group: 'shop', k: 3, customers: 1, revenue: 12 },
    { month: '2023-12', cohort_group: 'shop', k: 0, customers: 4, revenue: 100 },
    { month: '2023-12', cohort_group: 'online', k: 0, customers: 3, revenue: 30 },
  ];
  // Last month seen: 2024-02, so December cohorts see k = 0..2; k = 3 (March) is not seen yet and is dropped.
  assert.deepEqual(buildCohorts(rows, '2024-02', 3), [
    {
      label: '2023-12 · online',
      month: '2023-12',
      group: 'online',
      size: 3,
      retention: [1, 0, 0, null],
      revenue_per_customer: [10, 0, 0, null],
    },
    {
      label: '2023-12 · shop',
      month: '2023-12',
      group: 'shop',
      size: 4,
      retention: [1, 0, 0, null],
      revenue_per_customer: [25, 0, 0, null],
    },
  ]);
});

test('shares are rounded for JSON', () => {
  const rows = [
    { month: '2024-01', cohort_group: null, k: 0, customers: 3, revenue: 10 },
    { month: '2024-01', cohort_group: null, k: 1, customers: 1, revenue: 1 },
  ];
  const [c] = buildCohorts(rows, '2024-06', 1);
  assert.deepEqual(c?.retention, [1, 0.333333]);
  assert.deepEqual(c?.revenue_per_customer, [3.3333, 0.3333]);
});

test('no activity, no cohorts', () => {
  assert.deepEqual(buildCohorts([], '2024-01', 12), []);
});
