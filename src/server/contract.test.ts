import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Ajv } from 'ajv';
import type { z } from 'zod';
import { saveClustering } from '../clusters/index.ts';
import * as api from '../schema/api/index.ts';
import { createSegment } from '../segments/index.ts';
import { createApiKey } from '../workspaces/index.ts';
import { multipartFile } from './testing/multipart.ts';
import { json, startTestServer, type TestServer } from './testing/test-server.ts';

let t: TestServer;
const ids: Record<string, string> = {
  workspaceId: 'default',
  importId: 'default_1',
  customerId: 'default_3',
};

before(async () => {
  t = await startTestServer();
  const data = await t.workspaces.data('default');
  await data.write(async (store) => {
    await createSegment(store, { name: 'regulars', rule: 'number_of_orders >= 3' });
    await saveClustering(store, {
      name: 'groups',
      k: { mode: 'fixed', k: 3 },
      stabilityResamples: 0,
      segments: false,
    });
  });
  ids.clusteringName = 'groups';
  ids.segmentId = 'default_1';
  ids.keyId = (await createApiKey(t.workspaces.control, 'default', 'k')).id;
  const upload = multipartFile(
    'x.csv',
    'order_id,order_date,customer_id,line_amount\nX1,2024-01-01,C1,2.50\n',
  );
  const up = await t.app.inject({
    method: 'POST',
    url: '/api/v1/workspaces/default/imports/uploads',
    headers: { cookie: t.cookie, ...upload.headers },
    payload: upload.payload,
  });
  ids.uploadId = json<{ id: string }>(up).id;
});
after(async () => t.close());

// The schema each JSON GET route answers with (src/schema/api is what the dashboard imports).
const GET_SCHEMAS: Record<string, z.ZodType> = {
  '/api/v1/health': api.Health,
  '/api/v1/auth/me': api.Me,
  '/api/v1/workspaces': api.WorkspaceList,
  '/api/v1/workspaces/:workspaceId/overview': api.Overview,
  '/api/v1/workspaces/:workspaceId/customers': api.CustomerPage,
  '/api/v1/workspaces/:workspaceId/customers/:customerId': api.CustomerProfile,
  '/api/v1/workspaces/:workspaceId/segments': api.SegmentList,
  '/api/v1/workspaces/:workspaceId/segments/catalogue': api.RuleCatalogue,
  '/api/v1/workspaces/:workspaceId/segments/overlap': api.SegmentOverlapResult,
  '/api/v1/workspaces/:workspaceId/segments/:segmentId': api.Segment,
  '/api/v1/workspaces/:workspaceId/segments/:segmentId/explain/:customerId': api.SegmentExplanation,
  '/api/v1/workspaces/:workspaceId/rfm': api.RfmReport,
  '/api/v1/workspaces/:workspaceId/lifecycle': api.LifecycleReport,
  '/api/v1/workspaces/:workspaceId/cohorts': api.CohortMatrix,
  '/api/v1/workspaces/:workspaceId/value-tiers': api.ValueTiersReport,
  '/api/v1/workspaces/:workspaceId/imports': api.ImportRunList,
  '/api/v1/workspaces/:workspaceId/imports/:importId': api.ImportRunResult,
  '/api/v1/workspaces/:workspaceId/imports/:importId/quarantine': api.QuarantineList,
  '/api/v1/workspaces/:workspaceId/imports/uploads/:uploadId': api.Upload,
  '/api/v1/workspaces/:workspaceId/api-keys': api.ApiKeyList,
  '/api/v1/workspaces/:workspaceId/clusters': api.ClusteringList,
  '/api/v1/workspaces/:workspaceId/clusters/:clusteringName': api.ClusteringDetailOut,
  '/api/v1/workspaces/:workspaceId/predictions/clv': api.ClvDistributionOut,
  '/api/v1/workspaces/:workspaceId/predictions/at-risk': api.AtRiskList,
  '/api/v1/workspaces/:workspaceId/predictions/validation': api.ValidationReportOut,
};
// GET routes that answer something other than JSON.
const NOT_JSON = new Set([
  '/auth/link',
  '/openapi.json',
  '/api/v1/workspaces/:workspaceId/segments/:segmentId/members.csv',
  '/api/v1/workspaces/:workspaceId/imports/:importId/quarantine.csv',
  '/api/v1/workspaces/:workspaceId/imports/uploads/:uploadId/events',
]);

const apiGets = () =>
  t.routes.filter((r) => r.method === 'GET' && (r.url.startsWith('/api/') || r.url.startsWith('/auth/')));

test('every JSON GET route answers 200 with JSON its schema in src/schema/api accepts', async () => {
  const gets = apiGets().filter((r) => !NOT_JSON.has(r.url));
  for (const route of gets) {
    const schema = GET_SCHEMAS[route.url];
    assert.ok(schema, `no response schema listed for GET ${route.url}: add it to GET_SCHEMAS`);
    const url = route.url.replace(/:(\w+)/g, (_, name: string) => ids[name] ?? '');
    const r = await t.app.inject({ url, headers: { cookie: t.cookie } });
    assert.equal(r.statusCode, 200, `${url}: ${r.body.slice(0, 300)}`);
    assert.match(String(r.headers['content-type']), /^application\/json/);
    const parsed = schema.safeParse(json(r));
    assert.ok(parsed.success, `${url}: ${parsed.error?.message}`);
  }
  assert.ok(gets.length >= 20, `${gets.length} JSON GET routes`);
});

test('/openapi.json documents every route with its responses, and its schemas compile', async () => {
  const r = await t.app.inject({ url: '/openapi.json' });
  assert.equal(r.statusCode, 200);
  const doc = json<{
    openapi: string;
    info: { title: string; version: string };
    components: { schemas: Record<string, object> };
    paths: Record<
      string,
      Record<
        string,
        {
          responses?: Record<string, { content?: Record<string, { schema: object }> }>;
          parameters?: { name: string; in: string }[];
        }
      >
    >;
  }>(r);
  assert.equal(doc.openapi, '3.1.0');
  assert.equal(doc.info.title, 'Patron API');
  assert.ok(doc.components.schemas.ApiError, 'the shared error schema is a component');
  const documented = t.routes.filter(
    (x) => x.method !== 'HEAD' && (x.url.startsWith('/api/') || x.url === '/auth/link'),
  );
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addKeyword('example');
  for (const route of documented) {
    const path = route.url.replace(/:(\w+)/g, '{$1}');
    const operation = doc.paths[path]?.[route.method.toLowerCase()];
    assert.ok(operation, `${route.method} ${path} is missing from /openapi.json`);
    for (const name of route.url.match(/:(\w+)/g) ?? [])
      assert.ok(
        operation.parameters?.some((p) => p.in === 'path' && p.name === name.slice(1)),
        `${route.method} ${path} does not declare its path parameter ${name}`,
      );
    if (route.url === '/auth/link' || route.url.endsWith('/events')) continue;
    const responses = operation.responses ?? {};
    assert.ok(
      ['200', '201', '202'].some((s) => s in responses),
      `${route.method} ${path} has no success response`,
    );
    assert.ok('4XX' in responses, `${route.method} ${path} does not document its coded errors`);
    // References point into the document's components: compile with them at the root.
    for (const response of Object.values(responses))
      for (const media of Object.values(response.content ?? {}))
        ajv.compile({ ...media.schema, components: doc.components });
  }
  assert.ok(documented.length >= 35, `${documented.length} documented routes`);
  const docs = await t.app.inject({ url: '/docs/' });
  assert.equal(docs.statusCode, 200);
  assert.match(docs.body, /swagger/i);
});

test('paths outside the API fall back to the dashboard, API paths to a coded 404', async () => {
  const page = await t.app.inject({ url: '/segments/regulars' });
  assert.equal(page.statusCode, 200);
  assert.match(String(page.headers['content-type']), /^text\/html/);
  const missing = await t.app.inject({ url: '/api/v1/nothing-here' });
  assert.equal(missing.statusCode, 404);
  assert.equal(json<{ error: { code: string } }>(missing).error.code, 'not_found');
});
