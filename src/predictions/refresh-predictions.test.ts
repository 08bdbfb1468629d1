import assert from 'node:assert/strict';
import { test } from 'node:test';
import { refreshFeatures } from '../features/index.ts';
import { refreshDerived } from '../pipeline/index.ts';
import { createSegment, previewRule } from '../segments/index.ts';
import { sql } from '../store/index.ts';
import {
  clvDistribution,
  customerPrediction,
  latestPredictionRun,
  refreshPredictions,
  validatePredictions,
} from './index.ts';
import { simulateOrders, storeWithOrders } from './testing/store-with-buyers.ts';

const DAILY = { r: 0.5, alpha: 20, a: 0.8, b: 4 };

async function simulatedStore(customers: number, seed: number) {
  const store = await storeWithOrders(simulateOrders(DAILY, { customers, days: 365, firstDays: 120, seed }));
  await refreshFeatures(store);
  return store;
}

test('predictions are stored for every buyer, finite, with churn = 1 − P(alive), and explained', async () => {
  const store = await simulatedStore(400, 1);
  try {
    const run = await refreshPredictions(store, { horizonDays: 180 });
    assert.equal(run.status, 'ok', JSON.stringify(run.report));
    const rows = await store.all<Record<string, number | null>>(sql`SELECT * FROM customer_predictions`);
    assert.equal(rows.length, 400);
    for (const r of rows) {
      for (const k of [
        'p_alive',
        'churn_probability',
        'predicted_number_of_orders',
        'predicted_clv',
        'total_clv',
      ])
        assert.ok(Number.isFinite(r[k]), `${k} = ${r[k]}`);
      assert.ok((r.p_alive as number) >= 0 && (r.p_alive as number) <= 1);
      assert.ok(Math.abs((r.churn_probability as number) - (1 - (r.p_alive as number))) < 1e-12);
      assert.ok(
        (r.predicted_number_of_orders_low as number) <= (r.predicted_number_of_orders as number) + 1e-9,
      );
      assert.ok(
        (r.predicted_number_of_orders_high as number) >= (r.predicted_number_of_orders as number) - 1e-9,
      );
      assert.equal(r.horizon_days, 180);
    }
    const latest = await latestPredictionRun(store);
    assert.equal(latest?.run_id, run.run_id);
    assert.deepEqual(latest?.inputs, ['order_date', 'order_amount']);
    assert.equal(latest?.report.status, 'ok');
    const some = await customerPrediction(store, Number(rows[0]?.customer_id));
    assert.match(some?.explanation ?? '', /^Bought (once|\d+ times), last \d+ days ago/);
    const d = await clvDistribution(store);
    assert.equal(d.customers, 400);
    // Bands run from low to high churn, as the dashboard draws them.
    const rank = d.churn_bands.map((b) => ['low', 'medium', 'high'].indexOf(b.band.split(' ')[0] as string));
    assert.ok(
      rank.length >= 2 && rank.every((r, i) => r >= 0 && (i === 0 || r > (rank[i - 1] as number))),
      JSON.stringify(d.churn_bands),
    );
    assert.equal(
      d.bins.reduce((s, b) => s + b.customers, 0),
      400,
    );
  } finally {
    store.close();
  }
});

test('churn_probability > 0.7 works as a segment condition on the stored predictions', async () => {
  const store = await simulatedStore(300, 2);
  try {
    await refreshDerived(store);
    const expected = await store.one<{ n: bigint }>(
      sql`SELECT count(*) AS n FROM customer_predictions WHERE churn_probability > 0.7`,
    );
    const n = Number(expected?.n);
    assert.ok(n > 0 && n < 300, `${n} customers above 0.7`);
    assert.equal((await previewRule(store, 'churn_probability > 0.7')).count, n);
    const created = await createSegment(store, { name: 'likely lost', rule: 'churn_probability > 0.7' });
    assert.equal(created.entered, n);
    const profile = await store.one<{ n: bigint }>(
      sql`SELECT count(*) AS n FROM customer_profile WHERE predicted_clv IS NOT NULL AND expected_date_of_next_order IS NOT NULL`,
    );
    assert.ok(Number(profile?.n) > 0);
  } finally {
    store.close();
  }
});

test('validation holds out the last 25 % of the span and reports the calibration table and a grade', async () => {
  const store = await simulatedStore(600, 3);
  try {
    const v = await validatePredictions(store);
    assert.equal(v.status, 'ok');
    if (v.status !== 'ok') return;
    assert.equal(v.calibration_start, '2024-01-01');
    // span 2024-01-01 … last order day; 75 % of it is the calibration period
    const span = (Date.parse(v.holdout_end) - Date.parse(v.calibration_start)) / 86_400_000;
    const calibration = (Date.parse(v.calibration_end) - Date.parse(v.calibration_start)) / 86_400_000;
    assert.ok(Math.abs(calibration - 0.75 * span) <= 0.5);
    assert.deepEqual(
      v.calibration_table.map((r) => r.purchases),
      ['0', '1', '2', '3', '4', '5', '6', '7+'],
    );
    assert.equal(
      v.calibration_table.reduce((s, r) => s + r.customers, 0),
      v.customers,
    );
    assert.ok(['A', 'B', 'C', 'D'].includes(v.grade));
    assert.ok(v.grade_reason.length > 20);
    assert.ok((v.correlation as number) > 0.3, `correlation ${v.correlation}`);
    // The tracking series is cumulative and ends at the holdout end.
    for (let i = 1; i < v.tracking.length; i++) {
      assert.ok(
        (v.tracking[i]?.actual_cumulative as number) >= (v.tracking[i - 1]?.actual_cumulative as number),
      );
      assert.ok(
        (v.tracking[i]?.predicted_cumulative as number) >=
          (v.tracking[i - 1]?.predicted_cumulative as number),
      );
    }
    assert.equal(v.tracking.at(-1)?.period_end, v.holdout_end);
  } finally {
    store.close();
  }
});

test('50 customers: a model is fitted, intervals are wider than with 600, and the report says what is uncertain', async () => {
  const small = await simulatedStore(50, 4);
  const large = await simulatedStore(600, 4);
  try {
    const a = await refreshPredictions(small, { models: ['bgnbd'] });
    const b = await refreshPredictions(large, { models: ['bgnbd'] });
    assert.equal(a.status, 'ok', JSON.stringify(a.report));
    assert.equal(b.status, 'ok');
    if (a.report.status !== 'ok' || b.report.status !== 'ok') return;
    const width = (i: [number, number] | null | undefined) =>
      i ? Math.log(i[1] / i[0]) : Number.POSITIVE_INFINITY;
    for (const name of ['r', 'alpha', 'a', 'b'])
      assert.ok(width(a.report.intervals[name]) > width(b.report.intervals[name]), name);
    assert.ok(a.report.uncertain.some((line) => line.includes('Only 50 customers')));
  } finally {
    small.close();
    large.close();
  }
});

test('degenerate data is refused with a reason, recorded, and leaves predictions NULL', async () => {
  const cases = [
    {
      name: 'one customer',
      orders: [
        { customer: 1, day: 0, amount: 10 },
        { customer: 1, day: 30, amount: 10 },
      ],
      code: 'too_few_customers',
    },
    {
      name: 'no repeat purchases',
      orders: Array.from({ length: 40 }, (_, i) => ({ customer: i + 1, day: i * 3, amount: 10 })),
      code: 'no_repeat_purchases',
    },
    {
      name: 'all buyers on one day',
      orders: Array.from({ length: 60 }, (_, i) => ({ customer: (i % 30) + 1, day: 5, amount: 10 + i })),
      code: 'single_day',
    },
  ];
  for (const c of cases) {
    const store = await storeWithOrders(c.orders);
    try {
      const { predictions } = await refreshDerived(store);
      assert.equal(predictions?.status, 'refused', c.name);
      assert.equal(predictions?.report.status === 'refused' && predictions.report.code, c.code, c.name);
      assert.match(
        predictions?.report.status === 'refused' ? predictions.report.reason : '',
        /\. .*(Import|import)/,
      );
      const latest = await latestPredictionRun(store);
      assert.equal(latest?.report.status, 'refused');
      const profile = await store.one<{ n: bigint }>(
        sql`SELECT count(*) AS n FROM customer_profile WHERE churn_probability IS NOT NULL`,
      );
      assert.equal(Number(profile?.n), 0, c.name);
    } finally {
      store.close();
    }
  }
});

test('margin scales and a discount rate lowers predicted CLV; historic + predicted = total', async () => {
  const store = await simulatedStore(200, 5);
  try {
    const sum = async () =>
      Number(
        (await store.one<{ s: number }>(sql`SELECT sum(predicted_clv) AS s FROM customer_predictions`))?.s,
      );
    await refreshPredictions(store, { models: ['bgnbd'] });
    const plain = await sum();
    await refreshPredictions(store, { models: ['bgnbd'], margin: 0.5 });
    assert.ok(Math.abs((await sum()) - plain / 2) < 1e-6 * plain);
    await refreshPredictions(store, { models: ['bgnbd'], annualDiscountRate: 0.2 });
    const discounted = await sum();
    assert.ok(discounted < plain && discounted > 0.8 * plain, `${discounted} vs ${plain}`);
    const off = await store.one<{ n: bigint }>(
      sql`SELECT count(*) AS n FROM customer_predictions WHERE abs(historic_clv + predicted_clv - total_clv) > 1e-9`,
    );
    assert.equal(Number(off?.n), 0);
  } finally {
    store.close();
  }
});
