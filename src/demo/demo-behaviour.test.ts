import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { assignBuyerType, type BuyerType } from './buyer-type.ts';
import { type DemoFixture, generateDemoFixture } from './generate-demo-fixture.ts';

const CUSTOMERS = 2000;
const SEED = 99;
let demo: DemoFixture;
// Sale orders per customer: order id → its first line.
const ordersOf = new Map<string, Map<string, Record<string, string>>>();
const typeOf = (customerId: string): BuyerType => assignBuyerType(SEED, Number(customerId.slice(1)) - 1);

before(async () => {
  demo = await generateDemoFixture(CUSTOMERS, SEED);
  for (const c of demo.customers) ordersOf.set(c.customer_id!, new Map());
  for (const l of demo.orders) {
    if (l.customer_id && l.order_id!.startsWith('O') && !ordersOf.get(l.customer_id)!.has(l.order_id!)) {
      ordersOf.get(l.customer_id)!.set(l.order_id!, l);
    }
  }
});

const ofType = (type: BuyerType) =>
  [...ordersOf].filter(([id]) => typeOf(id) === type).map(([, o]) => [...o.values()]);
const isWeekend = (stamp: string) => [0, 6].includes(new Date(`${stamp.slice(0, 10)}T00:00:00Z`).getUTCDay());

test('between 30% and 55% of customers order exactly once; some order more than 100 times', () => {
  const counts = [...ordersOf.values()].map((o) => o.size);
  const once = counts.filter((n) => n === 1).length / CUSTOMERS;
  assert.ok(once >= 0.3 && once <= 0.55, `one-order share ${once}`);
  assert.ok(counts.some((n) => n > 100));
  assert.ok(
    counts.some((n) => n === 0),
    'some signed up and never ordered',
  );
});

test('each buyer type leaves its signature', () => {
  for (const orders of ofType('one_time')) assert.equal(orders.length, 1);
  for (const orders of ofType('never_ordered')) assert.equal(orders.length, 0);
  const weekendOrders = ofType('weekend_family').flat();
  const weekendShare = weekendOrders.filter((o) => isWeekend(o.order_date!)).length / weekendOrders.length;
  assert.ok(weekendShare > 0.8, `weekend families: ${weekendShare} of orders at weekends`);
  const regulars = ofType('daily_regular').flat();
  const weekdayMornings = regulars.filter(
    (o) => !isWeekend(o.order_date!) && o.order_date!.slice(11) < '10:30',
  );
  assert.ok(weekdayMornings.length / regulars.length > 0.75, 'regulars come on weekday mornings');
  for (const orders of ofType('lapser')) {
    const days = orders.map((o) => Date.parse(o.order_date!.slice(0, 10)) / 86_400_000);
    assert.ok(
      orders.length >= 2 && Math.max(...days) - Math.min(...days) <= 130,
      'lapsers stop within months',
    );
  }
});

test('all categories sell; cakes and custom orders are what cake buyers come for', () => {
  const categories = new Set(demo.orders.map((l) => l.category));
  assert.deepEqual([...categories].sort(), ['Bread', 'Cakes', 'Coffee', 'Custom Orders', 'Pastries']);
  const cakeLines = ofType('cake_buyer')
    .flat()
    .map((o) => o.order_id);
  const ids = new Set(cakeLines);
  const lines = demo.orders.filter((l) => ids.has(l.order_id!));
  const cakeShare =
    lines.filter((l) => l.category === 'Cakes' || l.category === 'Custom Orders').length / lines.length;
  assert.ok(cakeShare > 0.5, `cake buyers: ${cakeShare} of lines are cakes`);
});

test('guests, online orders and returns come in realistic shares', () => {
  const sales = new Map(demo.orders.filter((l) => l.order_id!.startsWith('O')).map((l) => [l.order_id!, l]));
  const store = [...sales.values()].filter((l) => l.channel === 'in_store');
  const guestShare = store.filter((l) => l.customer_id === '').length / store.length;
  assert.ok(guestShare > 0.06 && guestShare < 0.1, `guest share ${guestShare}`);
  const online = sales.size - store.length;
  const returnShare = demo.summary.returns / online;
  assert.ok(returnShare > 0.005 && returnShare < 0.03, `return share ${returnShare}`);
});

test('seasons show: December is the busiest month, and bread sells less in summer', () => {
  const byMonth = new Map<string, number>();
  const bread = { summer: 0, summerAll: 0, winter: 0, winterAll: 0 };
  for (const l of demo.orders) {
    const month = l.order_date!.slice(5, 7);
    byMonth.set(month, (byMonth.get(month) ?? 0) + 1);
    const season =
      month === '07' || month === '08' ? 'summer' : month === '11' || month === '12' ? 'winter' : '';
    if (season === '') continue;
    bread[`${season}All`]++;
    if (l.category === 'Bread') bread[season]++;
  }
  const busiest = [...byMonth].sort((a, b) => b[1] - a[1])[0]![0];
  assert.equal(busiest, '12');
  assert.ok(bread.summer / bread.summerAll < bread.winter / bread.winterAll);
});

test('lapsed customers stop opening emails', () => {
  const lastOrder = new Map([...ordersOf].map(([id, o]) => [id, [...o.values()].at(-1)?.order_date ?? '']));
  let engaged = 0;
  let lapsed = 0;
  for (const e of demo.events.filter(
    (x) => x.event_type === 'email_open' && typeOf(x.customer_id!) === 'lapser',
  )) {
    const last = Date.parse(lastOrder.get(e.customer_id!)!.slice(0, 10));
    if (Date.parse(e.occurred_at!.slice(0, 10)) - last > 60 * 86_400_000) lapsed++;
    else engaged++;
  }
  // Lapsers spend most of the window lapsed, yet most of their opens come while they still buy.
  assert.ok(engaged > lapsed, `opens while engaged ${engaged}, after lapsing ${lapsed}`);
});
