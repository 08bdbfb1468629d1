import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadDemo } from '../../demo/index.ts';
import { openStore } from '../../store/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'patron-serve-'));
const db = join(dir, 'shop.duckdb');
const bin = fileURLToPath(new URL('../../../bin/patron.js', import.meta.url));

before(async () => {
  const store = await openStore(db);
  await loadDemo(store, 60, 2);
  store.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('patron serve prints the URL and a one-time link, answers, and stops cleanly on SIGTERM', async () => {
  const child = spawn(process.execPath, [bin, '--db', db, 'serve'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', PATRON_ADMIN_PASSWORD: '', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  for (let i = 0; i < 300 && !/auth\/link\?token=/.test(out); i++)
    await new Promise((r) => setTimeout(r, 100));
  const url = /running at (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
  assert.ok(url, out);
  const link = /(http:\/\/\S+\/auth\/link\?token=[\w-]+)/.exec(out)?.[1];
  assert.ok(link, out);
  assert.equal((await fetch(`${url}/api/v1/health`)).status, 200);
  const signIn = await fetch(link, { redirect: 'manual' });
  assert.equal(signIn.status, 303);
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const overview = await fetch(`${url}/api/v1/workspaces/default/overview`, { headers: { cookie } });
  assert.equal(overview.status, 200);
  assert.equal(((await overview.json()) as { customers: number }).customers, 60);
  child.kill('SIGTERM');
  assert.equal(await exited, 0, out);
  assert.match(out, /Stopped cleanly/);
  // The databases were closed: this process can open them again.
  const store = await openStore(db);
  store.close();
});
