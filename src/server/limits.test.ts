import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { after, before, test } from 'node:test';
import { sql } from '../store/index.ts';
import { multipartFile } from './testing/multipart.ts';
import { json, startTestServer, type TestServer } from './testing/test-server.ts';

type ErrorBody = { error: { code: string; message: string } };

let t: TestServer;
before(async () => {
  t = await startTestServer({
    customers: 60,
    rateLimit: { max: 40, windowMs: 60_000 },
    loginRateLimit: { max: 3, windowMs: 60_000 },
    bodyLimitBytes: 2048,
    uploadLimitBytes: 4096,
  });
});
after(async () => t.close());

test('a JSON body over the limit is 413 payload_too_large', async () => {
  const r = await t.app.inject({
    method: 'POST',
    url: '/api/v1/workspaces/default/segments/preview',
    headers: { cookie: t.cookie },
    payload: { rule: `number_of_orders >= 1 ${'OR number_of_orders >= 2 '.repeat(200)}` },
  });
  assert.equal(r.statusCode, 413);
  assert.equal(json<ErrorBody>(r).error.code, 'payload_too_large');
});

test('an upload over the limit is 413 payload_too_large and leaves no upload behind', async () => {
  const rows = Array.from({ length: 400 }, (_, i) => `O${i},2024-01-01,C${i},Bread,1,2.50`).join('\n');
  const big = multipartFile(
    'big.csv',
    `order_id,order_date,customer_id,product_name,quantity,unit_price\n${rows}\n`,
  );
  assert.ok(big.payload.length > 4096);
  const uploads = () => readdirSync(tmpdir()).filter((d) => d.startsWith('patron-upload-')).length;
  const before = uploads();
  const r = await t.app.inject({
    method: 'POST',
    url: '/api/v1/workspaces/default/imports/uploads',
    headers: { cookie: t.cookie, ...big.headers },
    payload: big.payload,
  });
  assert.equal(r.statusCode, 413, r.body);
  assert.equal(json<ErrorBody>(r).error.code, 'payload_too_large');
  assert.equal(uploads(), before);
  const small = multipartFile(
    'small.csv',
    'order_id,order_date,customer_id,line_amount\nX1,2024-01-01,C1,2.50\n',
  );
  const ok = await t.app.inject({
    method: 'POST',
    url: '/api/v1/workspaces/default/imports/uploads',
    headers: { cookie: t.cookie, ...small.headers },
    payload: small.payload,
  });
  assert.equal(ok.statusCode, 201, ok.body);
});

test('invalid input is 400 with a code and a plain message', async () => {
  const bad = await t.app.inject({
    method: 'GET',
    url: '/api/v1/workspaces/default/customers?limit=100000',
    headers: { cookie: t.cookie },
  });
  assert.equal(bad.statusCode, 400);
  assert.equal(json<ErrorBody>(bad).error.code, 'invalid_request');
  const notJson = await t.app.inject({
    method: 'POST',
    url: '/api/v1/workspaces/default/segments',
    headers: { cookie: t.cookie, 'content-type': 'application/json' },
    payload: '{"name": ',
  });
  assert.equal(notJson.statusCode, 400);
  assert.equal(json<ErrorBody>(notJson).error.code, 'invalid_json');
});

test('an unexpected failure is 500 internal_error with no stack trace, SQL or path', async () => {
  const data = await t.workspaces.data('default');
  await data.write((store) => store.run(sql`DROP VIEW customer_profile`));
  try {
    const r = await t.app.inject({
      url: '/api/v1/workspaces/default/customers',
      headers: { cookie: t.cookie },
    });
    assert.equal(r.statusCode, 500);
    assert.deepEqual(Object.keys(json<ErrorBody>(r).error), ['code', 'message']);
    assert.equal(json<ErrorBody>(r).error.code, 'internal_error');
    for (const leak of [/\bat \S+ \(/, /\.ts\b/, /SELECT/i, /customer_profile/, /stack/i, /duckdb/i])
      assert.doesNotMatch(r.body, leak);
  } finally {
    // Put the view back the way migration 002 defines it, so later tests see a whole store.
    const { featuresAndSegments } = await import('../store/migrations/002-features-and-segments.ts');
    const view = featuresAndSegments.statements.find((s) => s.includes('CREATE VIEW customer_profile'));
    await data.write((store) => store.run(sql.trusted(view ?? '')));
  }
});

test('too many login attempts are 429 with Retry-After', async () => {
  let last = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { password: 'wrong password' },
  });
  for (let i = 0; i < 5 && last.statusCode !== 429; i++)
    last = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { password: 'wrong password' },
    });
  assert.equal(last.statusCode, 429);
  assert.match(String(last.headers['retry-after']), /^\d+$/);
  assert.equal(json<ErrorBody>(last).error.code, 'rate_limited');
});

test('the API as a whole answers 429 with Retry-After past its rate', async () => {
  let last = await t.app.inject({ url: '/api/v1/health' });
  for (let i = 0; i < 60 && last.statusCode !== 429; i++)
    last = await t.app.inject({ url: '/api/v1/health' });
  assert.equal(last.statusCode, 429);
  assert.ok(Number(last.headers['retry-after']) > 0);
  assert.equal(json<ErrorBody>(last).error.code, 'rate_limited');
});
