import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { type DemoFixture, generateDemoFixture } from './generate-demo-fixture.ts';

let demo: DemoFixture;
before(async () => {
  demo = await generateDemoFixture(2000, 2024);
});

const FIRST = '2024-11-01';
const LAST = '2026-10-31';
const inWindow = (stamp: string) => stamp.slice(0, 10) >= FIRST && stamp.slice(0, 10) <= LAST;

test('every order line names a known customer or none (a guest), with that customer’s email', () => {
  const emails = new Map(demo.customers.map((c) => [c.customer_id!, c.email!.trim().toLowerCase()]));
  for (const line of demo.orders) {
    if (line.customer_id === '') {
      assert.equal(line.email, '', line.order_id);
      assert.equal(line.channel, 'in_store', line.order_id);
      continue;
    }
    assert.ok(emails.has(line.customer_id!), line.customer_id);
    assert.equal(line.email, emails.get(line.customer_id!), line.order_id);
  }
  assert.ok(
    demo.orders.some((l) => l.customer_id === ''),
    'there are guest orders',
  );
});

test('a return is one line with a negative quantity, after a sale of that sku to that customer at that price', () => {
  const sales = new Map<string, string[]>();
  for (const l of demo.orders.filter((o) => o.order_id!.startsWith('O'))) {
    assert.ok(Number(l.quantity) > 0, l.order_id);
    const key = `${l.customer_id}|${l.sku}|${l.unit_price}`;
    sales.set(key, [...(sales.get(key) ?? []), l.order_date!]);
  }
  const returns = demo.orders.filter((o) => o.order_id!.startsWith('R'));
  assert.ok(returns.length > 0);
  assert.equal(new Set(returns.map((r) => r.order_id)).size, returns.length, 'one line per return');
  for (const r of returns) {
    assert.match(r.order_id!, /^R\d{6}$/);
    assert.ok(Number(r.quantity) < 0, r.order_id);
    assert.notEqual(r.customer_id, '');
    const earlier = (sales.get(`${r.customer_id}|${r.sku}|${r.unit_price}`) ?? []).filter(
      (d) => d < r.order_date!,
    );
    assert.ok(earlier.length > 0, `${r.order_id} has no earlier sale`);
  }
});

test('every date is inside the two-year window and well formed', () => {
  const stamp = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
  for (const c of demo.customers)
    assert.ok(/^\d{4}-\d{2}-\d{2}$/.test(c.signup_date!) && inWindow(c.signup_date!));
  for (const l of demo.orders) assert.ok(stamp.test(l.order_date!) && inWindow(l.order_date!), l.order_date);
  for (const r of demo.reviews) assert.ok(stamp.test(r.created_at!) && inWindow(r.created_at!), r.created_at);
  for (const e of demo.events)
    assert.ok(stamp.test(e.occurred_at!) && inWindow(e.occurred_at!), e.occurred_at);
});

test('order lines are well formed: ids, categories, prices in range, GBP, shop hours in store', () => {
  const range: Record<string, [number, number]> = {
    Coffee: [2.8, 4.2],
    Pastries: [2.2, 3.9],
    Bread: [3.5, 6.5],
    Cakes: [18, 45],
    'Custom Orders': [45, 180],
  };
  for (const l of demo.orders) {
    assert.match(l.order_id!, /^(O\d{7}|R\d{6})$/);
    assert.match(l.sku!, /^(BRD|PST|COF|CAK|CUS)-\d{3}$/);
    assert.match(l.unit_price!, /^\d+\.\d{2}$/);
    assert.match(l.line_discount!, /^(\d+\.\d{2})?$/);
    const [low, high] = range[l.category!]!;
    assert.ok(Number(l.unit_price) >= low && Number(l.unit_price) <= high, `${l.sku} ${l.unit_price}`);
    assert.equal(l.currency, 'GBP');
    assert.ok(l.channel === 'online' || l.channel === 'in_store');
    if (l.channel === 'in_store' && l.order_id!.startsWith('O')) {
      const hour = Number(l.order_date!.slice(11, 13));
      assert.ok(hour >= 7 && hour < 18, l.order_date);
    }
    if (l.channel === 'online') assert.notEqual(l.category, 'Coffee');
  }
});

test('customers: unique ids, emails and phones; the expected formats; a little mess', () => {
  const ids = demo.customers.map((c) => c.customer_id!);
  assert.equal(new Set(ids).size, ids.length);
  assert.equal(ids[0], 'C000001');
  const emails = demo.customers.map((c) => c.email!.trim().toLowerCase()).filter((e) => e !== '');
  assert.equal(new Set(emails).size, emails.length, 'emails are unique');
  for (const e of emails) assert.match(e, /^[a-z._]+\d*@example\.(com|org|net)$/);
  const phones = demo.customers.map((c) => c.phone!).filter((p) => p !== '');
  assert.equal(new Set(phones).size, phones.length, 'phones are unique');
  for (const p of phones) assert.match(p, /^07\d{3} \d{6}$/);
  assert.ok(phones.length / ids.length > 0.5 && phones.length / ids.length < 0.7);
  for (const c of demo.customers.filter((x) => x.email === ''))
    assert.notEqual(c.phone, '', 'no email means a phone');
  assert.ok(
    demo.customers.some((c) => c.email !== c.email!.trim().toLowerCase()),
    'some untidy emails',
  );
  const survey = demo.customers.filter((c) => c.survey_favourite_treat !== '').length / ids.length;
  assert.ok(survey > 0.28 && survey < 0.42, `survey share ${survey}`);
});

test('reviews and events belong to customers; reviews follow an order and some need quoting', () => {
  const known = new Set(demo.customers.map((c) => c.customer_id));
  const withEmail = new Set(demo.customers.filter((c) => c.email !== '').map((c) => c.customer_id));
  const firstOrder = new Map<string, string>();
  for (const l of demo.orders) {
    const id = l.customer_id!;
    if (id && (!firstOrder.has(id) || l.order_date! < firstOrder.get(id)!)) firstOrder.set(id, l.order_date!);
  }
  for (const r of demo.reviews) {
    assert.ok(known.has(r.customer_id) && firstOrder.get(r.customer_id!)! <= r.created_at!, r.customer_id);
    assert.ok(['1', '2', '3', '4', '5'].includes(r.rating!));
  }
  assert.ok(demo.text.reviews.includes('""'), 'a quoted quote');
  const share = demo.reviews.length / firstOrder.size;
  assert.ok(share > 0.06 && share < 0.15, `review share ${share}`);
  const types = new Set(['email_open', 'email_click', 'site_visit', 'add_to_cart']);
  for (const e of demo.events)
    assert.ok(withEmail.has(e.customer_id) && types.has(e.event_type!), e.customer_id);
  assert.equal(new Set(demo.events.map((e) => e.event_type)).size, 4);
});
