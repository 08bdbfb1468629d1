import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openStore, sql } from '../store/index.ts';
import { DEFAULT_IMPORT_OPTIONS, importFile } from './index.ts';

const dir = mkdtempSync(join(tmpdir(), 'patron-dates-'));

function ordersFile(name: string, dates: readonly string[]): string {
  const rows = dates.map((d, i) => `O${i},${d},C${i % 7},${(i % 9) + 1}.50`);
  const path = join(dir, name);
  writeFileSync(path, ['order_id,order_date,customer_id,line_amount', ...rows, ''].join('\n'));
  return path;
}

test('a date column that looks ISO at the top but not further down is inferred from all its values', async () => {
  const iso = Array.from({ length: 300 }, (_, i) => `2024-0${(i % 9) + 1}-1${i % 10} 10:00:00`);
  const store = await openStore(':memory:');
  const r = await importFile(store, ordersFile('late-us.csv', [...iso, '13/01/2024', 'soon']), {
    ...DEFAULT_IMPORT_OPTIONS,
  });
  assert.equal(r.date_formats.order_date, 'year-month-day (ISO)');
  assert.equal(r.rows_loaded, 300);
  assert.equal(r.rows_quarantined, 2);
  const q = await store.all<{ row_no: bigint; code: string; raw_value: string }>(
    sql`SELECT row_no, code, raw_value FROM quarantine ORDER BY row_no`,
  );
  assert.deepEqual(
    q.map((x) => [Number(x.row_no), x.code, x.raw_value]),
    [
      [302, 'invalid_order_date', '13/01/2024'],
      [303, 'invalid_order_date', 'soon'],
    ],
  );
  store.close();
});

test('US dates after an ISO-looking top are re-read as month/day when every value fits that', async () => {
  const us = Array.from({ length: 300 }, (_, i) => `${(i % 12) + 1}/${(i % 28) + 1}/2024`);
  const store = await openStore(':memory:');
  const r = await importFile(store, ordersFile('us.csv', ['2024-01-05', ...us, '12/31/2024']), {
    ...DEFAULT_IMPORT_OPTIONS,
  });
  // One ISO value and 301 US ones: month/day reads the most values; the ISO row is quarantined.
  assert.equal(r.date_formats.order_date, 'month/day/year (US)');
  assert.equal(r.rows_loaded, 301);
  assert.equal(r.rows_quarantined, 1);
  store.close();
});
