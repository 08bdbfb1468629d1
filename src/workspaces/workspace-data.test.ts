import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { sql } from '../store/index.ts';
import { Workspaces } from './workspace-registry.ts';

const dir = mkdtempSync(join(tmpdir(), 'patron-workspaces-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('cached reads are reused until a write; reads on the second connection see committed data only', async () => {
  const workspaces = await Workspaces.open(join(dir, 'shop.duckdb'));
  try {
    const data = await workspaces.data('default');
    let computed = 0;
    const count = () =>
      data.cached('customers', async (store) => {
        computed += 1;
        return Number((await store.one<{ n: bigint }>(sql`SELECT count(*) AS n FROM customers`))?.n);
      });
    assert.equal(await count(), 0);
    assert.equal(await count(), 0);
    assert.equal(computed, 1);
    let seenDuringWrite = -1;
    await data.write(async (store) => {
      await store.transaction(async () => {
        await store.run(
          sql`INSERT INTO customers (customer_id, created_import_id, updated_at) VALUES (1, 0, now()::TIMESTAMP)`,
        );
        // Not committed yet: the reading connection does not see it.
        seenDuringWrite = Number(
          (await data.readers[0]!.one<{ n: bigint }>(sql`SELECT count(*) AS n FROM customers`))?.n,
        );
      });
    });
    assert.equal(seenDuringWrite, 0);
    assert.equal(await count(), 1);
    assert.equal(computed, 2);
    // After a write, customer rows come from a copy every reading connection can see.
    const rows = (await data.profileRows()).sql.render().text;
    assert.match(rows, /^"patron_snapshots"\."profile_\d+"$/);
    for (const reader of data.readers)
      assert.equal(
        Number(
          (await reader.one<{ n: bigint }>(sql`SELECT count(*) AS n FROM ${(await data.profileRows()).sql}`))
            ?.n,
        ),
        1,
      );
  } finally {
    await workspaces.close();
  }
});

test('workspaces each have their own file; the default one is the --db file', async () => {
  const workspaces = await Workspaces.open(join(dir, 'two.duckdb'));
  try {
    const created = await workspaces.create('Second shop');
    assert.match(created.id, /^w[0-9a-f]{8}$/);
    assert.equal(created.db_path, join(dir, 'two.workspaces', `${created.id}.duckdb`));
    assert.deepEqual(
      (await workspaces.list()).map((w) => [w.id, w.db_path]),
      [
        ['default', join(dir, 'two.duckdb')],
        [created.id, created.db_path],
      ],
    );
    assert.equal(await workspaces.get('nope'), undefined);
  } finally {
    await workspaces.close();
  }
});
