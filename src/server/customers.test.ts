import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { CustomerPage, CustomerProfile } from '../schema/api/index.ts';
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
