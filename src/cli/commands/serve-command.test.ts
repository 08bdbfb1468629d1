import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { loadDemo } from '../../demo/index.ts';
import { openStore } from '../../store/index.ts';
import { PatronProcess, runPatron } from '../testing/run-patron.ts';

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
  // While it serves, the CLI cannot open the same file, and says why and what to do.
  const busy = runPatron(db, ['stats'], { ...process.env, NO_COLOR: '1' });
  assert.equal(busy.code, 1);
  assert.match(
    busy.err,
    /\[database_in_use\] .*shop\.duckdb is open in another program .*process \d+.*Stop it first/,
  );
  serve.child.kill('SIGTERM');
  assert.equal(await serve.exited(), 0, serve.output);
  assert.match(serve.output, /Stopped cleanly/);
  // The databases were closed: this process can open them again.
  const store = await openStore(db);
  store.close();
});

test('patron serve on a port already in use says so and how to choose another, and exits 1', async (t) => {
  const other = createServer();
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  t.after(() => other.close());
  const port = (other.address() as { port: number }).port;
  const run = runPatron(db, ['serve', '--port', String(port)], {
    ...process.env,
    NO_COLOR: '1',
    HOST: '127.0.0.1',
  });
  assert.equal(run.code, 1, run.out + run.err);
  assert.match(run.err, new RegExp(`\\[port_in_use\\] Port ${port} on 127\\.0\\.0\\.1 is already in use`));
  assert.match(run.err, new RegExp(`--port ${port + 1}`));
  assert.doesNotMatch(run.err, /internal error/);
});

test('patron serve refuses a PORT that is not a port number, naming it', () => {
  const run = runPatron(db, ['serve'], { ...process.env, NO_COLOR: '1', PORT: 'eighty' });
  assert.equal(run.code, 1);
  assert.match(
    run.err,
    /\[invalid_port\] PORT \(or --port\) must be a whole number from 0 to 65535, got 'eighty'/,
  );
});
