import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Upload } from '../schema/api/index.ts';
import { multipartFile } from './testing/multipart.ts';
import { json, startTestServer, type TestServer } from './testing/test-server.ts';

// A shop's own export with headers Patron cannot all guess: 'When' and 'Client' need mapping.
// Row A3 has no date, so it goes to quarantine.
const CSV = [
  'Invoice,When,Client,Item,Qty,Price',
  'A1,2024-01-03,C1,Bread,2,3.50',
  'A2,2024-01-05,C2,Cake,1,12.00',
  'A3,,C1,Bread,1,3.50',
  'A4,2024-02-01,C3,Coffee,1,2.80',
  '',
].join('\n');

let t: TestServer;
before(async () => {
  t = await startTestServer({ customers: 0 });
});
after(async () => t.close());

const base = '/api/v1/workspaces/default';

test('upload → preview → fix mapping → start → progress → result that reconciles → quarantine', async () => {
  const customers = async () =>
    json<{ total: number }>(await t.app.inject({ url: `${base}/customers`, headers: { cookie: t.cookie } }))
      .total;
  // Searches read a copy of the profile: it must follow the import.
  assert.equal(await customers(), 0);
  const upload = multipartFile('shop-orders.csv', CSV);
  const up = await t.app.inject({
    method: 'POST',
    url: `${base}/imports/uploads`,
    headers: { cookie: t.cookie, ...upload.headers },
    payload: upload.payload,
  });
  assert.equal(up.statusCode, 201, up.body);
  const uploaded = json<Upload>(up);
  assert.equal(uploaded.state, 'uploaded');
  const preview = uploaded.preview;
  assert.ok(preview);
  assert.equal(preview.source, 'generic');
  assert.equal(preview.rows, 4);
  assert.deepEqual(preview.preview_rows[0], ['A1', '2024-01-03', 'C1', 'Bread', '2', '3.50']);
  assert.equal(preview.columns.find((c) => c.header === 'Invoice')?.field, 'order_id');
  assert.equal(preview.columns.find((c) => c.header === 'When')?.field, null);
  assert.ok(preview.columns.every((c) => c.confidence > 0 && c.confidence <= 1));
  // Without a date column the file cannot be imported: the preview says so instead of failing.
  assert.equal(preview.problems[0]?.code, 'missing_required_column');
  const early = await t.app.inject({
    method: 'POST',
    url: `${base}/imports/uploads/${uploaded.id}/start`,
    headers: { cookie: t.cookie },
  });
  assert.equal(early.statusCode, 400);

  const fixed = await t.app.inject({
    method: 'PUT',
    url: `${base}/imports/uploads/${uploaded.id}/mapping`,
    headers: { cookie: t.cookie },
    payload: { map: { order_date: 'When', customer_id: 'Client' }, currency: 'GBP' },
  });
  assert.equal(fixed.statusCode, 200, fixed.body);
  const remapped = json<Upload>(fixed).preview;
  assert.deepEqual(remapped?.problems, []);
  assert.equal(remapped?.columns.find((c) => c.header === 'When')?.field, 'order_date');
  assert.equal(remapped?.columns.find((c) => c.header === 'When')?.confidence, 1);

  const started = await t.app.inject({
    method: 'POST',
    url: `${base}/imports/uploads/${uploaded.id}/start`,
    headers: { cookie: t.cookie },
  });
  assert.equal(started.statusCode, 202);
  let state = json<Upload>(started);
  for (let i = 0; i < 200 && state.state !== 'done' && state.state !== 'failed'; i++) {
    await sleep(50);
    state = json<Upload>(
      await t.app.inject({ url: `${base}/imports/uploads/${uploaded.id}`, headers: { cookie: t.cookie } }),
    );
  }
  assert.equal(state.state, 'done', JSON.stringify(state.error));
  const result = state.result;
  assert.ok(result);
  assert.equal(result.rows_read, 4);
  assert.equal(result.rows_loaded, 3);
  assert.equal(result.rows_quarantined, 1);
  assert.equal(result.rows_read, result.rows_loaded + result.rows_quarantined + result.rows_duplicate);
  assert.equal(result.reconciles, true);
  assert.equal(result.net_revenue, 21.8);

  const runs = json<{ imports: { id: string; reconciles: boolean }[] }>(
    await t.app.inject({ url: `${base}/imports`, headers: { cookie: t.cookie } }),
  );
  assert.deepEqual(
    runs.imports.map((r) => r.id),
    [result.id],
  );

  const quarantine = json<{
    total: number;
    rows: { row: number; column: string; code: string; reason: string }[];
  }>(await t.app.inject({ url: `${base}/imports/${result.id}/quarantine`, headers: { cookie: t.cookie } }));
  assert.equal(quarantine.total, 1);
  assert.deepEqual(
    quarantine.rows.map((r) => [r.row, r.column, r.code]),
    [[4, 'When', 'missing_order_date']],
  );
  const csv = await t.app.inject({
    url: `${base}/imports/${result.id}/quarantine.csv`,
    headers: { cookie: t.cookie },
  });
  assert.equal(csv.statusCode, 200);
  assert.match(String(csv.headers['content-type']), /^text\/csv/);
  assert.match(
    String(csv.headers['content-disposition']),
    /attachment; filename="shop-orders.csv-quarantine.csv"/,
  );
  const lines = csv.body.trim().split('\n');
  assert.equal(lines[0], 'file,row,column,value,code,reason');
  assert.match(lines[1] ?? '', /^shop-orders\.csv,4,When,,missing_order_date,/);

  // The pipeline ran after the import: the overview counts the new customers and revenue.
  const overview = json<{ customers: number; revenue: number; as_of: string }>(
    await t.app.inject({ url: `${base}/overview`, headers: { cookie: t.cookie } }),
  );
  assert.equal(overview.customers, 3);
  assert.equal(overview.revenue, 21.8);
  assert.equal(overview.as_of, '2024-02-02');
  assert.equal(await customers(), 3);
  const live = await t.app.inject({
    method: 'POST',
    url: `${base}/segments/preview`,
    headers: { cookie: t.cookie },
    payload: { rule: 'number_of_orders >= 1' },
  });
  assert.equal(json<{ count: number }>(live).count, 3);

  // A started upload cannot be started or re-mapped again.
  const again = await t.app.inject({
    method: 'POST',
    url: `${base}/imports/uploads/${uploaded.id}/start`,
    headers: { cookie: t.cookie },
  });
  assert.equal(again.statusCode, 409);
});

test('progress streams as server-sent events until the import is done', async () => {
  const upload = multipartFile(
    'more.csv',
    'order_id,order_date,customer_id,line_amount\nB1,2024-03-01,C9,4.00\n',
  );
  const up = json<Upload>(
    await t.app.inject({
      method: 'POST',
      url: `${base}/imports/uploads`,
      headers: { cookie: t.cookie, ...upload.headers },
      payload: upload.payload,
    }),
  );
  await t.app.inject({
    method: 'POST',
    url: `${base}/imports/uploads/${up.id}/start`,
    headers: { cookie: t.cookie },
  });
  const stream = await t.app.inject({
    url: `${base}/imports/uploads/${up.id}/events`,
    headers: { cookie: t.cookie },
  });
  assert.match(String(stream.headers['content-type']), /^text\/event-stream/);
  const events = stream.body
    .split('\n\n')
    .filter((e) => e.startsWith('event: progress'))
    .map((e) => JSON.parse(e.split('\ndata: ')[1] ?? '{}') as Upload);
  assert.ok(events.length >= 1);
  const last = events.at(-1);
  assert.equal(last?.state, 'done');
  assert.equal(last?.result?.rows_loaded, 1);
});

test('a file that is not a table is refused with a coded message', async () => {
  const upload = multipartFile('page.csv', '<!doctype html><html><body>Sign in</body></html>\n');
  const r = await t.app.inject({
    method: 'POST',
    url: `${base}/imports/uploads`,
    headers: { cookie: t.cookie, ...upload.headers },
    payload: upload.payload,
  });
  assert.equal(r.statusCode, 400);
  assert.equal(json<{ error: { code: string } }>(r).error.code, 'not_a_table');
});
