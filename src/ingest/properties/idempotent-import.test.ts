import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import fc from 'fast-check';
import { openStore, type Store, sql } from '../../store/index.ts';
import { DEFAULT_IMPORT_OPTIONS, importFile } from '../index.ts';
import { rowsOf, tableCounts } from '../messy/corpus-harness.ts';
import { expectedFirstImport, fileText, orderFile } from './order-file-arbitrary.ts';

const SEED = Number(process.env.PATRON_PROPERTY_SEED ?? 20_240_601);
const dir = mkdtempSync(join(tmpdir(), 'patron-idempotent-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const quarantineOf = (store: Store, importId: number) =>
  rowsOf(
    store,
    sql`SELECT row_no, column_name, raw_value, code, reason, raw_row::VARCHAR AS raw_row FROM quarantine
      WHERE import_id = ${importId} ORDER BY row_no, code`,
  );

// What the store holds, beyond row counts: every order and line with its amount and customer.
const contents = (store: Store) =>
  rowsOf(
    store,
    sql`SELECT o.external_id, o.customer_id, o.kind, o.amount::VARCHAR AS amount, o.import_id,
      (SELECT count(*) FROM order_lines l WHERE l.order_id = o.order_id) AS lines FROM orders o ORDER BY o.external_id`,
  );

test('importing the same file twice loads nothing the second time', async () => {
  let run = 0;
  await fc.assert(
    fc.asyncProperty(orderFile, async (file) => {
      const path = join(dir, `orders-${run++}.csv`);
      writeFileSync(path, fileText(file));
      const store = await openStore(':memory:');
      try {
        const options = { ...DEFAULT_IMPORT_OPTIONS, dropDuplicateLines: file.dropDuplicateLines };
        const first = await importFile(store, path, options);
        const expected = expectedFirstImport(file);
        assert.deepEqual(
          {
            read: first.rows_read,
            quarantined: first.rows_quarantined,
            loaded: first.rows_loaded,
            duplicate: first.rows_duplicate,
          },
          { read: file.rows.length, ...expected },
          'first import',
        );
        const before = await tableCounts(store);
        const stored = await contents(store);
        const second = await importFile(store, path, options);
        assert.equal(second.rows_read, first.rows_read);
        assert.equal(second.rows_loaded, 0);
        assert.equal(second.rows_duplicate, first.rows_loaded + first.rows_duplicate);
        assert.equal(second.rows_quarantined, first.rows_quarantined);
        assert.deepEqual(
          [second.customers_created, second.orders_created, second.merges],
          [0, 0, 0],
          'nothing created or merged',
        );
        const afterCounts = await tableCounts(store);
        assert.deepEqual(
          afterCounts,
          {
            ...before,
            quarantine: before.quarantine + first.rows_quarantined,
            import_runs: before.import_runs + 1,
          },
          'only quarantine and import_runs grow',
        );
        assert.deepEqual(await contents(store), stored, 'orders unchanged');
        assert.deepEqual(
          await quarantineOf(store, second.import_id),
          await quarantineOf(store, first.import_id),
          'the same rows are quarantined again',
        );
      } finally {
        store.close();
      }
    }),
    { numRuns: 25, seed: SEED },
  );
});
