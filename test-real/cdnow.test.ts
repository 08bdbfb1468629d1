import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { DEFAULT_IMPORT_OPTIONS, importFile } from '../src/ingest/index.ts';
import { openStore, sql } from '../src/store/index.ts';
import { sharedData } from './shared-data.ts';

const dir = mkdtempSync(join(tmpdir(), 'patron-real-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('CDNOW_master.txt (space-aligned, no vendor header) imports with a mapping', async () => {
  const store = await openStore(join(dir, 'cdnow.duckdb'));
  const r = await importFile(store, sharedData('cdnow', 'CDNOW_master.txt'), {
    ...DEFAULT_IMPORT_OPTIONS,
    currency: 'USD',
    map: {
      order_id: 'customer_id+date',
      order_date: 'date',
      line_amount: 'dollar_value',
      quantity: 'number_of_cds',
    },
  });
  assert.equal(r.source, 'generic');
  assert.equal(r.date_formats.order_date, 'yyyymmdd');
  assert.equal(r.rows_read, 69_659);
  assert.equal(r.rows_loaded, 69_659);
  assert.equal(r.rows_quarantined, 0);
  assert.equal(r.customers, 23_570);
  const first = await store.one<{ d: string }>(
    sql`SELECT strftime(min(ordered_at), '%Y-%m-%d') AS d FROM orders`,
  );
  assert.equal(first?.d, '1997-01-01');
  store.close();
});

test('CDNOW_sample.txt has no header: columns are mapped by position', async () => {
  const store = await openStore(join(dir, 'sample.duckdb'));
  const r = await importFile(store, sharedData('cdnow', 'CDNOW_sample.txt'), {
    ...DEFAULT_IMPORT_OPTIONS,
    map: { customer_id: '#1', order_id: '#1+#3', order_date: '#3', quantity: '#4', line_amount: '#5' },
  });
  assert.equal(r.rows_read, 6_919);
  assert.equal(r.rows_loaded, 6_919);
  assert.equal(r.customers, 2_357);
  store.close();
});
