import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from '../store/index.ts';
import { createLoginLink, hashToken } from '../workspaces/index.ts';
import { json, startTestServer, TEST_PASSWORD, type TestServer } from './testing/test-server.ts';

let t: TestServer;
before(async () => {
  t = await startTestServer();
});
after(async () => t.close());

test('login with the right password sets an httpOnly SameSite=Lax session cookie', async () => {
  const r = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { password: TEST_PASSWORD },
  });
  assert.equal(r.statusCode, 200);
  const cookie = String(r.headers['set-cookie']);
  assert.match(cookie, /^patron_session=[\w-]{40,};/);
  assert.match(cookie, /HttpOnly/);
  assert.match(cookie, /SameSite=Lax/);
  const me = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: cookie.split(';')[0] ?? '' } });
  assert.equal(me.statusCode, 200);
  assert.deepEqual(json(me), {
    user: { kind: 'admin', name: 'admin' },
    workspaces: [{ id: 'default', name: 'Default' }],
  });
});

test('a wrong password is 401 wrong_password and sets no cookie', async () => {
  const r = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { password: 'not it at all' },
  });
  assert.equal(r.statusCode, 401);
  assert.equal(json<{ error: { code: string } }>(r).error.code, 'wrong_password');
  assert.equal(r.headers['set-cookie'], undefined);
});

test('without a session or key, workspace routes and me answer 401 unauthenticated', async () => {
  for (const url of ['/api/v1/auth/me', '/api/v1/workspaces/default/overview', '/api/v1/workspaces']) {
    const r = await t.app.inject({ url });
    assert.equal(r.statusCode, 401, url);
    assert.equal(json<{ error: { code: string } }>(r).error.code, 'unauthenticated');
  }
  const forged = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: 'patron_session=forged' } });
  assert.equal(forged.statusCode, 401);
});

test('logout ends the session', async () => {
  const login = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { password: TEST_PASSWORD },
  });
  const cookie = String(login.headers['set-cookie']).split(';')[0] ?? '';
  assert.equal((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } })).statusCode, 200);
  assert.equal(
    (await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } })).statusCode,
    200,
  );
  assert.equal((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } })).statusCode, 401);
});

test('the admin password is stored as a scrypt hash, never in clear', async () => {
  const rows = await t.workspaces.control.all<{ password_hash: string }>(
    sql`SELECT password_hash FROM admin_password`,
  );
  assert.equal(rows.length, 1);
  assert.match(rows[0]?.password_hash ?? '', /^scrypt\$16384\$8\$1\$/);
  assert.ok(!rows[0]?.password_hash.includes(TEST_PASSWORD));
});

test('an API key is shown once, stored only as its SHA-256, and reaches only its workspace', async () => {
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/workspaces/default/api-keys',
    headers: { cookie: t.cookie },
    payload: { name: 'reporting' },
  });
  assert.equal(created.statusCode, 201);
  const { key, id } = json<{ key: string; id: string }>(created);
  assert.match(key, /^ptk_[\w-]{43}$/);
  const listed = await t.app.inject({
    url: '/api/v1/workspaces/default/api-keys',
    headers: { cookie: t.cookie },
  });
  assert.ok(!listed.body.includes(key), 'the list never shows the key');
  assert.ok(listed.body.includes(id));
  const stored = await t.workspaces.control.all<Record<string, unknown>>(sql`SELECT * FROM api_keys`);
  assert.ok(!JSON.stringify(stored, (_, v) => (typeof v === 'bigint' ? String(v) : v)).includes(key));
  assert.equal(stored.find((r) => r.key_id === id)?.key_hash, hashToken(key));

  const bearer = { authorization: `Bearer ${key}` };
  const overview = await t.app.inject({ url: '/api/v1/workspaces/default/overview', headers: bearer });
  assert.equal(overview.statusCode, 200);
  const me = json<{ user: { kind: string }; workspaces: { id: string }[] }>(
    await t.app.inject({ url: '/api/v1/auth/me', headers: bearer }),
  );
  assert.equal(me.user.kind, 'api_key');
  assert.deepEqual(
    me.workspaces.map((w) => w.id),
    ['default'],
  );
  const other = await t.workspaces.create('Second shop');
  assert.equal(
    (await t.app.inject({ url: `/api/v1/workspaces/${other.id}/overview`, headers: bearer })).statusCode,
    404,
  );
  assert.equal(
    (await t.app.inject({ url: `/api/v1/workspaces/${other.id}/overview`, headers: { cookie: t.cookie } }))
      .statusCode,
    200,
  );
  // A key cannot manage keys or create workspaces.
  assert.equal(
    (await t.app.inject({ url: '/api/v1/workspaces/default/api-keys', headers: bearer })).statusCode,
    403,
  );
  const wrong = await t.app.inject({
    url: '/api/v1/workspaces/default/overview',
    headers: { authorization: `Bearer ${key}x` },
  });
  assert.equal(wrong.statusCode, 401);
  // Revoked keys stop working.
  await t.app.inject({
    method: 'DELETE',
    url: `/api/v1/workspaces/default/api-keys/${id}`,
    headers: { cookie: t.cookie },
  });
  assert.equal(
    (await t.app.inject({ url: '/api/v1/workspaces/default/overview', headers: bearer })).statusCode,
    401,
  );
});

test('the one-time login link signs in once, then never again', async () => {
  const token = await createLoginLink(t.workspaces.control);
  const first = await t.app.inject({ url: `/auth/link?token=${token}` });
  assert.equal(first.statusCode, 303);
  assert.equal(first.headers.location, '/');
  const cookie = String(first.headers['set-cookie']).split(';')[0] ?? '';
  assert.equal((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } })).statusCode, 200);
  const second = await t.app.inject({ url: `/auth/link?token=${token}` });
  assert.equal(second.statusCode, 401);
  assert.equal(json<{ error: { code: string } }>(second).error.code, 'invalid_login_link');
  assert.equal(second.headers['set-cookie'], undefined);
  const clicked = await t.app.inject({ url: `/auth/link?token=${token}`, headers: { accept: 'text/html' } });
  assert.equal(clicked.statusCode, 401);
  assert.match(String(clicked.headers['content-type']), /^text\/html/);
  assert.match(clicked.body, /used or has expired/);
  assert.match(clicked.body, /<a href="\/">/);
  const stored = await t.workspaces.control.all<{ token_hash: string }>(
    sql`SELECT token_hash FROM login_links`,
  );
  assert.ok(stored.every((r) => r.token_hash !== token));
});
