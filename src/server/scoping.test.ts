import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { saveClustering } from '../clusters/index.ts';
import { loadDemo } from '../demo/index.ts';
import { createSegment } from '../segments/index.ts';
import { createApiKey } from '../workspaces/index.ts';
import { multipartFile } from './testing/multipart.ts';
import { json, startTestServer, type TestServer } from './testing/test-server.ts';

const CSV =
  'order_id,order_date,customer_id,product_name,quantity,unit_price\nB1,2024-01-03,C1,Bread,2,3.50\n';

let t: TestServer;
let other: string;
/** Ids that exist in the other workspace, by route parameter name. */
const otherIds: Record<string, string> = {};
let defaultKey: string;

// Bodies that pass validation, so a 404 can only come from the scope, never from a bad body.
const BODIES: Record<string, unknown> = {
  'PATCH /segments/:segmentId': { description: 'changed' },
  'PUT /imports/uploads/:uploadId/mapping': { map: {} },
  'POST /segments': { name: 'x', rule: 'number_of_orders >= 1' },
  'POST /segments/preview': { rule: 'number_of_orders >= 1' },
  'POST /api-keys': { name: 'k' },
  'POST /clusters/:clusteringName/clusters/:cluster/segment': {},
  'POST /clusters/run': { k: 3 },
  'POST /clusters': { name: 'x', k: 3 },
};

before(async () => {
  t = await startTestServer();
  other = (await t.workspaces.create('Other shop')).id;
  const data = await t.workspaces.data(other);
  await data.write(async (store) => {
    await loadDemo(store, 120, 5);
    await createSegment(store, { name: 'regulars', rule: 'number_of_orders >= 2' });
    await saveClustering(store, {
      name: 'their groups',
      k: { mode: 'fixed', k: 3 },
      stabilityResamples: 0,
      segments: false,
    });
  });
  const upload = multipartFile('b.csv', CSV);
  const up = await t.app.inject({
    method: 'POST',
    url: `/api/v1/workspaces/${other}/imports/uploads`,
    headers: { cookie: t.cookie, ...upload.headers },
    payload: upload.payload,
  });
  assert.equal(up.statusCode, 201, up.body);
  otherIds.uploadId = json<{ id: string }>(up).id;
  otherIds.segmentId = `${other}_1`;
  otherIds.customerId = `${other}_5`;
  otherIds.importId = `${other}_1`;
  otherIds.clusteringName = encodeURIComponent('their groups');
  otherIds.cluster = '0';
  otherIds.keyId = (await createApiKey(t.workspaces.control, other, 'theirs')).id;
  defaultKey = (await createApiKey(t.workspaces.control, 'default', 'ours')).key;
});
after(async () => t.close());

const PREFIX = '/api/v1/workspaces/:workspaceId';

function workspaceRoutes() {
  const routes = t.routes.filter((r) => r.url.startsWith(PREFIX));
  assert.ok(routes.length >= 30, `expected the whole API, got ${routes.length} routes`);
  return routes;
}

function fill(url: string, workspaceId: string): string {
  return url
    .replace(':workspaceId', workspaceId)
    .replace(/:(\w+)/g, (_, name: string) => otherIds[name] ?? assert.fail(`no id for :${name} in ${url}`));
}

function bodyOf(method: string, url: string) {
  const key = `${method} ${url.slice(PREFIX.length)}`;
  return key in BODIES ? { payload: BODIES[key] as Record<string, unknown> } : {};
}

test('another workspace’s ids answer 404 on every route that takes an id', async () => {
  const withIds = workspaceRoutes().filter((r) => /:(?!workspaceId)\w+/.test(r.url));
  assert.ok(withIds.length >= 12, `routes with ids: ${withIds.length}`);
  for (const route of withIds) {
    const url = fill(route.url, 'default');
    const r = await t.app.inject({
      method: route.method as 'GET',
      url,
      headers: { cookie: t.cookie },
      ...bodyOf(route.method, route.url),
    });
    assert.equal(r.statusCode, 404, `${route.method} ${url}: ${r.body}`);
    if (route.method !== 'HEAD')
      assert.match(json<{ error: { code: string } }>(r).error.code, /^(not_found|unknown_\w+)$/, url);
  }
});

test('the same ids work in their own workspace (the 404s above are the scope, not broken routes)', async () => {
  const gets = workspaceRoutes().filter(
    (r) => r.method === 'GET' && /:(?!workspaceId)\w+/.test(r.url) && !r.url.endsWith('/events'),
  );
  for (const route of gets) {
    const url = fill(route.url, other);
    const r = await t.app.inject({ url, headers: { cookie: t.cookie } });
    assert.equal(r.statusCode, 200, `${url}: ${r.body.slice(0, 300)}`);
  }
});

test('an API key for one workspace gets 404 on every route of another', async () => {
  for (const route of workspaceRoutes()) {
    const url = fill(route.url, other);
    const r = await t.app.inject({
      method: route.method as 'GET',
      url,
      headers: { authorization: `Bearer ${defaultKey}` },
      ...bodyOf(route.method, route.url),
    });
    assert.equal(r.statusCode, 404, `${route.method} ${url}: ${r.body}`);
  }
});

test('an unknown workspace answers 404 on every route, even for the admin', async () => {
  for (const route of workspaceRoutes()) {
    const url = fill(route.url, 'nosuchworkspace');
    const r = await t.app.inject({
      method: route.method as 'GET',
      url,
      headers: { cookie: t.cookie },
      ...bodyOf(route.method, route.url),
    });
    assert.equal(r.statusCode, 404, `${route.method} ${url}`);
  }
});
