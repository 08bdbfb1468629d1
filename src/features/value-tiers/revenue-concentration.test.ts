import assert from 'node:assert/strict';
import { test } from 'node:test';
import { storeWithOrders } from '../lifecycle/orders-fixture.ts';
import { paretoCurve } from './pareto-curve.ts';
import { revenueConcentration } from './revenue-concentration.ts';
import { revenueShareCurve } from './revenue-share-curve.ts';

test('the curve on 50 30 10 5 5: every customer is a point, fractions of a customer interpolate', () => {
  assert.deepEqual(
    paretoCurve([50, 30, 10, 5, 5]).map((p) => [p.customer_share, p.revenue_share]),
    [
      [0, 0],
      [0.2, 0.5],
      [0.4, 0.8],
      [0.6, 0.9],
      [0.8, 0.95],
      [1, 1],
    ],
  );
  const curve = revenueShareCurve([50, 30, 10, 5, 5]);
  assert.equal(curve?.(0.01), 0.025); // 0.05 of a customer: 2.5 of 100
  assert.equal(curve?.(0.1), 0.25);
  assert.equal(curve?.(0.3), 0.65); // one customer and a half: 50 + 15
});

test('with more than 100 customers the curve has 101 points, one per percent', () => {
  const amounts = [...Array<number>(100).fill(3), ...Array<number>(100).fill(1)];
  const points = paretoCurve(amounts);
  assert.equal(points.length, 101);
  assert.deepEqual(points[1], { customer_share: 0.01, revenue_share: 0.015 }); // 2 × 3 of 400
  assert.deepEqual(points[50], { customer_share: 0.5, revenue_share: 0.75 });
  assert.deepEqual(points[100], { customer_share: 1, revenue_share: 1 });
});

test('no customers or no positive revenue: no curve', () => {
  assert.deepEqual(paretoCurve([]), []);
  assert.equal(revenueShareCurve([]), null);
  assert.deepEqual(paretoCurve([5, -10]), []);
});

test('concentration on a real import: guests and return-only customers are left out', async () => {
  const line = (n: number, who: string, qty: number, price: number) =>
    `${n},2024-03-01,${who},S1,Hamper,Gifts,${qty},${price},shop`;
  const { store } = await storeWithOrders(
    [
      line(1, 'A', 1, 50),
      line(2, 'B', 1, 35),
      line(3, 'B', -1, 5), // B nets 30
      line(4, 'C', 1, 10),
      line(5, 'D', 1, 5),
      line(6, 'E', 1, 5),
      line(7, '', 1, 500),
      line(8, 'R', -1, 9),
    ],
    '2024-04-01',
  );
  const c = await revenueConcentration(store);
  assert.deepEqual(
    { ...c, pareto: c.pareto.length },
    {
      as_of: '2024-04-01',
      customers: 5,
      net_revenue: 100,
      top_1_percent_share: 0.025,
      top_10_percent_share: 0.25,
      top_20_percent_share: 0.5,
      pareto: 6,
    },
  );
  store.close();
});

test('concentration with no orders and with one customer', async () => {
  const empty = await storeWithOrders([]);
  assert.deepEqual(await revenueConcentration(empty.store), {
    as_of: null,
    customers: 0,
    net_revenue: 0,
    top_1_percent_share: null,
    top_10_percent_share: null,
    top_20_percent_share: null,
    pareto: [],
  });
  empty.store.close();
  const one = await storeWithOrders(['1,2024-03-01,A,S1,Hamper,Gifts,1,40,shop'], '2024-04-01');
  const c = await revenueConcentration(one.store);
  assert.equal(c.top_1_percent_share, 0.01);
  assert.deepEqual(c.pareto, [
    { customer_share: 0, revenue_share: 0 },
    { customer_share: 1, revenue_share: 1 },
  ]);
  one.store.close();
});
