import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEMO_HEADERS } from './demo-headers.ts';
import type { DemoFiles } from './demo-summary.ts';
import { generateDemo } from './generate-demo.ts';

async function hashRun(seed: number): Promise<Record<keyof DemoFiles, string>> {
  const outDir = mkdtempSync(join(tmpdir(), 'patron-demo-hash-'));
  const { files } = await generateDemo({ customers: 1500, seed, outDir });
  const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
  return {
    customers: hash(files.customers),
    orders: hash(files.orders),
    reviews: hash(files.reviews),
    events: hash(files.events),
  };
}

test('the same seed writes the same bytes', async () => {
  assert.deepEqual(await hashRun(11), await hashRun(11));
});

test('a different seed writes different files, every one of them', async () => {
  const [a, b] = [await hashRun(11), await hashRun(12)];
  for (const file of ['customers', 'orders', 'reviews', 'events'] as const)
    assert.notEqual(a[file], b[file], file);
});

test('each file starts with its canonical header, ends with a newline and has no CR', async () => {
  const outDir = mkdtempSync(join(tmpdir(), 'patron-demo-header-'));
  const { files } = await generateDemo({ customers: 200, seed: 3, outDir });
  assert.equal(files.orders, join(outDir, 'orders.csv'));
  const expected: Record<keyof DemoFiles, string> = {
    customers:
      'customer_id,email,phone,first_name,last_name,city,country,postal_code,signup_date,signup_channel,accepts_marketing,age_band,gender,survey_favourite_treat,survey_visit_reason,survey_heard_from',
    orders:
      'order_id,order_date,customer_id,email,sku,product_name,category,quantity,unit_price,line_discount,channel,currency',
    reviews: 'customer_id,created_at,rating,body',
    events: 'customer_id,event_type,occurred_at',
  };
  assert.deepEqual({ ...DEMO_HEADERS }, expected);
  for (const file of ['customers', 'orders', 'reviews', 'events'] as const) {
    const text = readFileSync(files[file], 'utf8');
    assert.equal(text.slice(0, text.indexOf('\n')), expected[file], file);
    assert.ok(text.endsWith('\n'), file);
    assert.ok(!text.includes('\r'), file);
  }
});

test('the summary counts the rows actually written', async () => {
  const outDir = mkdtempSync(join(tmpdir(), 'patron-demo-count-'));
  const summary = await generateDemo({ customers: 300, seed: 5, outDir });
  const rows = (path: string) => readFileSync(path, 'utf8').split('\n').length - 2;
  assert.equal(summary.customers, 300);
  assert.equal(rows(summary.files.customers), 300);
  assert.equal(rows(summary.files.orders), summary.orderLines);
  assert.equal(rows(summary.files.reviews), summary.reviews);
  assert.equal(rows(summary.files.events), summary.events);
  const orderIds = new Set(
    readFileSync(summary.files.orders, 'utf8')
      .split('\n')
      .slice(1, -1)
      .map((l) => l.split(',')[0]),
  );
  assert.equal(orderIds.size, summary.orders + summary.returns);
});

test('bad options fail with a coded error', async () => {
  const outDir = mkdtempSync(join(tmpdir(), 'patron-demo-bad-'));
  await assert.rejects(generateDemo({ customers: 0, seed: 1, outDir }), { code: 'invalid_demo_options' });
  await assert.rejects(generateDemo({ customers: 10, seed: 1.5, outDir }), { code: 'invalid_demo_options' });
  await assert.rejects(generateDemo({ customers: 10, seed: 1, outDir, endDate: '2026-02-30' }), {
    code: 'invalid_demo_options',
  });
});
