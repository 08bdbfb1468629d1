import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type {
  RuleCatalogue,
  Segment,
  SegmentExplanation,
  SegmentOverlapResult,
  SegmentPreview,
} from '../schema/api/index.ts';
import { RULE_FUNCTIONS } from '../segments/rules/index.ts';
import { json, startTestServer, type TestServer } from './testing/test-server.ts';

let t: TestServer;
before(async () => {
  t = await startTestServer();
});
after(async () => t.close());

const base = '/api/v1/workspaces/default/segments';
const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie: t.cookie }, ...(payload ? { payload } : {}) });

const preview = async (rule: string) => json<SegmentPreview>(await call('POST', `${base}/preview`, { rule }));

test('preview: a live count that matches the saved segment, and a sample', async () => {
  const p = await preview('number_of_orders >= 3');
  assert.equal(p.ok, true);
  assert.ok(p.count !== null && p.count > 0 && p.count < p.total_customers);
  assert.equal(p.total_customers, 300);
  assert.ok(
    p.sample.length > 0 && p.sample.every((c) => c.number_of_orders >= 3 && /^default_\d+$/.test(c.id)),
  );
  const created = await call('POST', base, {
    name: 'regulars',
    rule: 'number_of_orders >= 3',
    description: 'came back',
  });
  assert.equal(created.statusCode, 201, created.body);
  const segment = json<Segment>(created);
  assert.equal(segment.size, p.count);
  assert.equal(segment.description, 'came back');
  assert.ok(segment.kpis && segment.kpis.repeat_rate === 1);
});

test('preview: problems come with their position and the closest name', async () => {
  const typo = await preview('amount_spent > 10 AND\n  number_of_ordrs >= 3');
  assert.equal(typo.ok, false);
  assert.equal(typo.count, null);
  const problem = typo.problems[0];
  assert.equal(problem?.code, 'unknown_field');
  assert.deepEqual(problem?.position, { start: 24, end: 39, line: 2, column: 3 });
  assert.equal(problem?.suggestion, 'number_of_orders');
  const unfinished = await preview('number_of_orders >=');
  assert.equal(unfinished.problems[0]?.code, 'unexpected_end');
  assert.equal(unfinished.problems[0]?.position?.column, 20);
});

test('create with a bad rule or a taken name is refused with a code (and the rule’s position)', async () => {
  const bad = await call('POST', base, { name: 'broken', rule: 'lifecycle_stage = "nope"' });
  assert.equal(bad.statusCode, 400);
  const body = json<{ error: { code: string; location?: { line: number; column: number } } }>(bad);
  assert.ok(body.error.location?.line === 1 && body.error.location.column > 0, bad.body);
  const taken = await call('POST', base, { name: 'regulars', rule: 'number_of_orders >= 1' });
  assert.equal(taken.statusCode, 409);
  assert.equal(json<{ error: { code: string } }>(taken).error.code, 'segment_exists');
});

test('read, update, members CSV, explain, overlap, delete', async () => {
  const list = json<{ segments: Segment[] }>(await call('GET', base)).segments;
  const regulars = list.find((s) => s.name === 'regulars');
  assert.ok(regulars);
  assert.deepEqual(json<Segment>(await call('GET', `${base}/${regulars.id}`)), regulars);

  const patched = await call('PATCH', `${base}/${regulars.id}`, {
    rule: 'number_of_orders >= 5',
    name: 'frequent',
  });
  assert.equal(patched.statusCode, 200, patched.body);
  const frequent = json<Segment>(patched);
  assert.equal(frequent.name, 'frequent');
  assert.equal(frequent.id, regulars.id);
  assert.equal(frequent.size, (await preview('number_of_orders >= 5')).count);
  assert.ok(frequent.size < regulars.size);

  const csv = await call('GET', `${base}/${frequent.id}/members.csv`);
  assert.match(String(csv.headers['content-type']), /^text\/csv/);
  const lines = csv.body.trim().split('\n');
  assert.equal(lines.length, frequent.size + 1);
  assert.match(lines[0] ?? '', /^customer_id,email,/);
  const member = lines[1]?.split(',')[0] ?? '';
  assert.match(member, /^default_\d+$/);

  const explained = json<SegmentExplanation>(await call('GET', `${base}/${frequent.id}/explain/${member}`));
  assert.equal(explained.matched, true);
  assert.equal(explained.conditions[0]?.subject, 'number_of_orders');
  assert.ok(Number(explained.conditions[0]?.value) >= 5);
  const missing = await call('GET', `${base}/${frequent.id}/explain/default_999999`);
  assert.equal(missing.statusCode, 404);

  await call('POST', base, { name: 'big spenders', rule: 'amount_spent >= 100' });
  const overlap = json<SegmentOverlapResult>(await call('GET', `${base}/overlap`));
  const sizes = json<{ segments: Segment[] }>(await call('GET', base)).segments;
  assert.deepEqual(
    overlap.segments.map((s) => s.name),
    ['big spenders', 'frequent'],
  );
  overlap.segments.forEach((s, i) => {
    assert.equal(overlap.counts[i]?.[i], sizes.find((x) => x.id === s.id)?.size);
  });
  assert.equal(overlap.counts[0]?.[1], overlap.counts[1]?.[0]);

  assert.equal((await call('DELETE', `${base}/${frequent.id}`)).statusCode, 200);
  assert.equal((await call('GET', `${base}/${frequent.id}`)).statusCode, 404);
});

test('the catalogue offers fields, functions and this shop’s categories', async () => {
  const c = json<RuleCatalogue>(await call('GET', `${base}/catalogue`));
  assert.ok(c.fields.some((f) => f.name === 'number_of_orders' && f.type === 'number'));
  assert.ok(c.fields.some((f) => f.name === 'lifecycle_stage' && f.values.includes('at_risk')));
  assert.ok(!c.fields.some((f) => f.name === 'customer_id'));
  assert.deepEqual(
    c.functions.map((f) => f.name),
    RULE_FUNCTIONS.map((f) => f.name),
  );
  assert.ok(
    c.functions.some(
      (f) => f.name === 'products_purchased' && f.parameters.some((p) => p.name === 'category'),
    ),
  );
  assert.ok(c.categories.length > 0);
  assert.ok(c.attributes.includes('age_band'));
});
