import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from '../store/index.ts';
import { startTestServer, type TestServer } from './testing/test-server.ts';
import { WARM_PATHS, warmDashboard } from './warm-dashboard.ts';

let t: TestServer;
before(async () => {
  t = await startTestServer({ customers: 80 });
});
after(async () => t.close());

test('every page warmed is a real route that answers 200', async () => {
  for (const path of WARM_PATHS) {
    const r = await t.app.inject({ url: `/api/v1/workspaces/default${path}`, headers: { cookie: t.cookie } });
    assert.equal(r.statusCode, 200, `${path}: ${r.body.slice(0, 200)}`);
  }
});

test('warming leaves no session behind', async () => {
  const count = async () =>
    Number((await t.workspaces.control.one<{ n: bigint }>(sql`SELECT count(*) AS n FROM sessions`))?.n);
  const before = await count();
  const ms = await warmDashboard(t.app, t.workspaces, 'default');
  assert.ok(ms > 0);
  assert.equal(await count(), before);
});
