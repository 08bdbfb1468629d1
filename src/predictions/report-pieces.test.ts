import assert from 'node:assert/strict';
import { test } from 'node:test';
import { preparePurchaseHistories } from '../models/btyd/index.ts';
import { checkModelSupport, explainCustomer, gradeTrust, holdoutMetrics } from './index.ts';

test('holdoutMetrics: totals, MAE, correlation and the 0 … 7+ table, by hand', () => {
  const predicted = Float64Array.of(0, 1, 2, 3);
  const actual = Float64Array.of(0, 2, 2, 4);
  const m = holdoutMetrics(predicted, actual, Float64Array.of(0, 1, 1, 9));
  assert.equal(m.expected_total, 6);
  assert.equal(m.actual_total, 8);
  assert.equal(m.aggregate_error, -0.25);
  assert.equal(m.mae, 0.5);
  // predicted mean 1.5, actual mean 2: co-deviation sum 6, squared deviations 5 and 8 → 6 / √40
  assert.ok(Math.abs((m.correlation as number) - 6 / Math.sqrt(40)) < 1e-12);
  assert.deepEqual(m.calibration_table[1], {
    purchases: '1',
    customers: 2,
    mean_actual: 2,
    mean_predicted: 1.5,
  });
  assert.deepEqual(m.calibration_table[7], {
    purchases: '7+',
    customers: 1,
    mean_actual: 4,
    mean_predicted: 3,
  });
  assert.equal(
    holdoutMetrics(Float64Array.of(1, 1), Float64Array.of(0, 2), Float64Array.of(0, 0)).correlation,
    null,
  );
});

test('gradeTrust: A for close totals and strong ranking, D for poor, capped at C on a tiny holdout', () => {
  const base = holdoutMetrics(
    Float64Array.of(1, 2, 3, 4),
    Float64Array.of(1, 2, 3, 4),
    Float64Array.of(0, 1, 2, 3),
  );
  assert.equal(
    gradeTrust({ ...base, expected_total: 105, actual_total: 100, aggregate_error: 0.05, correlation: 0.7 })
      .grade,
    'A',
  );
  assert.equal(
    gradeTrust({ ...base, expected_total: 80, actual_total: 100, aggregate_error: -0.2, correlation: 0.5 })
      .grade,
    'B',
  );
  assert.equal(
    gradeTrust({ ...base, expected_total: 300, actual_total: 100, aggregate_error: 2, correlation: 0.7 })
      .grade,
    'D',
  );
  const tiny = gradeTrust({
    ...base,
    expected_total: 10,
    actual_total: 10,
    aggregate_error: 0,
    correlation: 0.9,
  });
  assert.equal(tiny.grade, 'C');
  assert.match(tiny.reason, /too few/);
});

test('explainCustomer says it in plain words', () => {
  const text = explainCustomer({
    number_of_orders: 5,
    days_since_last_order: 200,
    average_days_between_orders: 30,
    p_alive: 0.04,
    predicted_number_of_orders: 0.1,
    horizon_days: 365,
    expected_date_of_next_order: null,
  });
  assert.equal(
    text,
    'Bought 5 times, last 200 days ago, while usually every 30 days → probably lapsed (4 % chance they still buy here). Expected orders in the next 365 days: 0.1.',
  );
  assert.match(
    explainCustomer({
      number_of_orders: 12,
      days_since_last_order: 6,
      average_days_between_orders: 9,
      p_alive: 0.97,
      predicted_number_of_orders: 30.2,
      horizon_days: 365,
      expected_date_of_next_order: '2026-11-08',
    }),
    /still active \(97 % chance they still buy here\).*around 2026-11-08/,
  );
});

test('checkModelSupport refuses too few customers, no repeat buyers and a single day, with what would help', () => {
  const many = (n: number, x: number, tx: number, T: number) =>
    preparePurchaseHistories({ x: Array(n).fill(x), tx: Array(n).fill(tx), T: Array(n).fill(T) });
  assert.throws(() => checkModelSupport(many(1, 1, 2, 3)), /Only 1 customer .* Import more/);
  assert.throws(
    () => checkModelSupport(many(30, 0, 0, 0)),
    (e: Error & { code: string }) => e.code === 'single_day',
  );
  assert.throws(
    () => checkModelSupport(many(30, 0, 0, 10)),
    (e: Error & { code: string }) => e.code === 'no_repeat_purchases',
  );
  assert.doesNotThrow(() => checkModelSupport(many(30, 1, 2, 10)));
});
