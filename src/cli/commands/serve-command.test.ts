import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { loadDemo } from '../../demo/index.ts';
import { openStore } from '../../store/index.ts';
import { PatronProcess } from '../testing/run-patron.ts';

const dir = mkdtempSync(join(tmpdir(), 'patron-serve-'));
const db = join(dir, 'shop.duckdb');

before(async () => {
  const store = await openStore(db);
  await loadDemo(store, 60, 2);
  store.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** fetch with a bound, so a server that stops answering fails the test instead of hanging it. */
function get(url: string, init: RequestInit = {}): Promise<Response> {
  return fetch(url, { ...init, signal: AbortSignal.timeout(30_000) });
}

test('patron serve prints the URL and a one-time link, answers, and stops cleanly on SIGTERM', async (t) => {
  const serve = new PatronProcess(db, ['serve'], {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    PATRON_ADMIN_PASSWORD: '',
    NO_COLOR: '1',
  });
  t.after(() => serve.kill());
  const link = (await serve.waitFor(/(http:\/\/\S+\/auth\/link\?token=[\w-]+)/))[1] ?? '';
  const url = /running at (http:\/\/127\.0\.0\.1:\d+)/.exec(serve.output)?.[1];
  assert.ok(url, serve.output);
  const health = await get(`${url}/api/v1/health`);
  assert.equal(health.status, 200);
  await health.arrayBuffer();
  const signIn = await get(link, { redirect: 'manual' });
  assert.equal(signIn.status, 303);
  await signIn.arrayBuffer();
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const overview = await get(`${url}/api/v1/workspaces/default/overview`, { headers: { cookie } });
  assert.equal(overview.status, 200);
  assert.equal(((await overview.json()) as { customers: number }).customers, 60);
  serve.child.kill('SIGTERM');
  assert.equal(await serve.exited(), 0, serve.output);
  assert.match(serve.output, /Stopped cleanly/);
  // The databases were closed: this process can open them again.
  const store = await openStore(db);
  store.close();
});
