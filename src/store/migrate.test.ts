import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { migrate } from './migrate.ts';
import { migrations } from './migrations/index.ts';
import { openStore } from './open-store.ts';
import { sql } from './sql.ts';

test('a new store has every migration applied once', async () => {
  const store = await openStore(':memory:');
  const rows = await store.all<{ version: number }>(
    sql`SELECT version FROM schema_migrations ORDER BY version`,
  );
  assert.deepEqual(
    rows.map((r) => r.version),
    migrations.map((m) => m.version),
  );
  assert.deepEqual(await migrate(store), [], 'running again applies nothing');
  store.close();
});

test('reopening a file store keeps data and re-applies nothing', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'patron-')), 'a.duckdb');
  const first = await openStore(path);
  await first.run(sql`INSERT INTO products VALUES (1, 'k', 'SKU', 'Bread', 'Bakery', 1)`);
  first.close();
  const second = await openStore(path);
  const row = await second.one<{ n: bigint }>(sql`SELECT count(*) AS n FROM products`);
  assert.equal(Number(row?.n), 1);
  second.close();
});

test('a failing migration leaves no trace', async () => {
  const store = await openStore(':memory:');
  const bad = { version: 999, name: 'bad', statements: ['CREATE TABLE will_vanish (a INT)', 'NOT SQL'] };
  await assert.rejects(migrate(store, [bad]));
  const t = await store.all(sql`SELECT * FROM information_schema.tables WHERE table_name = ${'will_vanish'}`);
  assert.equal(t.length, 0);
  store.close();
});
