import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { customerProfile, searchCustomers } from '../insights/customers/index.ts';
import type { CustomerPage, CustomerProfile } from '../schema/api/index.ts';
import type { Store } from '../store/index.ts';
import { json, startTestServer, type TestServer } from './testing/test-server.ts';

let t: TestServer;
before(async () => {
  t = await startTestServer({ customers: 200 });
});
after(async () => t.close());

const page = async (query: string) =>
  json<CustomerPage>(
    await t.app.inject({
      url: `/api/v1/workspaces/default/customers?${query}`,
      headers: { cookie: t.cookie },
    }),
  );

test('search matches email, first and last name, ignoring case, and pages', async () => {
  const all = await page('limit=200&sort=customer_id');
  assert.equal(all.total, 200);
  const someone = all.customers.find((c) => c.first_name && c.last_name);
  assert.ok(someone?.first_name && someone.last_name);
  const full = `${someone.first_name} ${someone.last_name}`.toUpperCase();
  const byName = await page(`q=${encodeURIComponent(full)}`);
  assert.ok(byName.customers.some((c) => c.id === someone.id));
  assert.ok(
    byName.customers.every((c) =>
      `${c.email} ${c.first_name} ${c.last_name}`.toLowerCase().includes(full.toLowerCase()),
    ),
  );
  const first = await page('limit=10&offset=0&sort=customer_id');
  const second = await page('limit=10&offset=10&sort=customer_id');
  assert.deepEqual(
    [...first.customers, ...second.customers].map((c) => c.id),
    all.customers.slice(0, 20).map((c) => c.id),
  );
  // % and _ are text, not wildcards.
  assert.equal((await page('q=%25')).total, 0);
  // A page past the end is empty but still says how many matched.
  const past = await page('limit=10&offset=500&sort=customer_id');
  assert.deepEqual([past.total, past.customers.length], [200, 0]);
  // Newest last order first, customers without an order at the end.
  const byLast = (await page('limit=200&sort=last_order_date')).customers.map((c) => c.last_order_date);
  const dated = byLast.filter((d) => d !== null);
  assert.deepEqual(dated, [...dated].sort().reverse());
  assert.ok(byLast.slice(dated.length).every((d) => d === null));
});

test('the server copy of the customer rows answers like the live rows the CLI reads', async () => {
  const data = await t.workspaces.data('default');
  const search = {
    q: 'a',
    rule: 'number_of_orders >= 2',
    sort: 'amount_spent',
    limit: 15,
    offset: 5,
  } as const;
  const live = await searchCustomers(data.readers[0] as Store, search);
  const copy = await searchCustomers(data.readers[0] as Store, search, await data.profileRows());
  assert.ok(live.total > 20);
  assert.deepEqual(copy, live);
  const id = live.customers[0]?.customer_id ?? 0;
  assert.deepEqual(
    await customerProfile(data, id, await data.profileRows()),
    await customerProfile(data.readers[0] as Store, id),
  );
});

test('a text search pages in the same order as sorting every match, for each sort', async () => {
  const all = (await page('limit=200&sort=customer_id')).customers;
  const idOf = (c: (typeof all)[number]) => Number(c.id.split('_').at(-1));
  const matches = all.filter((c) => `${c.email} ${c.first_name} ${c.last_name}`.toLowerCase().includes('e'));
  assert.ok(matches.length > 40);
  const keys = {
    amount_spent: (c: (typeof all)[number]) => c.amount_spent,
    number_of_orders: (c: (typeof all)[number]) => c.number_of_orders,
    last_order_date: (c: (typeof all)[number]) => c.last_order_date,
  };
  for (const sort of ['amount_spent', 'number_of_orders', 'last_order_date', 'customer_id'] as const) {
    const expected = [...matches].sort((a, b) => {
      if (sort === 'customer_id') return idOf(a) - idOf(b);
      const x = keys[sort](a);
      const y = keys[sort](b);
      if (x === null || y === null) return x === y ? idOf(a) - idOf(b) : x === null ? 1 : -1;
      return x < y ? 1 : x > y ? -1 : idOf(a) - idOf(b);
    });
    for (const offset of [0, 17]) {
      const got = await page(`q=E&sort=${sort}&limit=20&offset=${offset}`);
      assert.equal(got.total, matches.length);
      assert.deepEqual(
        got.customers.map((c) => c.id),
        expected.slice(offset, offset + 20).map((c) => c.id),
        `${sort} from ${offset}`,
      );
    }
  }
});

test('a rule filters customers like a segment would, and sorts', async () => {
  const filtered = await page(
    `rule=${encodeURIComponent('number_of_orders >= 4')}&sort=number_of_orders&limit=200`,
  );
  assert.ok(filtered.total > 0 && filtered.total < 200);
  assert.ok(filtered.customers.every((c) => c.number_of_orders >= 4));
  const counts = filtered.customers.map((c) => c.number_of_orders);
  assert.deepEqual(
    counts,
    [...counts].sort((a, b) => b - a),
  );
  const preview = await t.app.inject({
    method: 'POST',
    url: '/api/v1/workspaces/default/segments/preview',
    headers: { cookie: t.cookie },
    payload: { rule: 'number_of_orders >= 4' },
  });
  assert.equal(json<{ count: number }>(preview).count, filtered.total);
  const bad = await t.app.inject({
    url: `/api/v1/workspaces/default/customers?rule=${encodeURIComponent('number_of_ordrs >= 4')}`,
    headers: { cookie: t.cookie },
  });
  assert.equal(bad.statusCode, 400);
  assert.equal(json<{ error: { code: string } }>(bad).error.code, 'unknown_field');
});

test('a profile has contact, features, RFM with its action, lifecycle, and a newest-first timeline', async () => {
  const top = (await page('limit=1&sort=amount_spent')).customers[0];
  assert.ok(top);
  const r = await t.app.inject({
    url: `/api/v1/workspaces/default/customers/${top.id}`,
    headers: { cookie: t.cookie },
  });
  assert.equal(r.statusCode, 200);
  const profile = json<CustomerProfile>(r);
  assert.equal(profile.id, top.id);
  assert.equal(profile.features.amount_spent, top.amount_spent);
  assert.ok(profile.rfm && profile.rfm.action.length > 0);
  assert.ok(profile.lifecycle?.stage);
  const orders = profile.timeline.filter((e) => e.kind === 'order');
  assert.equal(orders.length, Math.min(profile.features.number_of_orders, orders.length));
  assert.ok(orders.length > 0);
  const times = profile.timeline.map((e) => e.at);
  assert.deepEqual(times, [...times].sort().reverse());
  assert.ok(profile.timeline.some((e) => e.kind === 'rfm_change' || e.kind === 'lifecycle_change'));
  const missing = await t.app.inject({
    url: '/api/v1/workspaces/default/customers/default_99999',
    headers: { cookie: t.cookie },
  });
  assert.equal(missing.statusCode, 404);
});
