import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { runPatron } from '../../cli/testing/run-patron.ts';
import { loadDemo } from '../../demo/index.ts';
import { createSegment } from '../../segments/index.ts';
import { openStore } from '../../store/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'patron-report-'));
const db = join(dir, 'shop.duckdb');
let html = '';

before(async () => {
  const store = await openStore(db);
  await loadDemo(store, 250, 3);
  await createSegment(store, { name: 'regulars', rule: 'number_of_orders >= 3' });
  store.close();
  const out = join(dir, 'report.html');
  const run = runPatron(db, ['report', '--out', out, '--shop', 'Crumb & Co']);
  assert.equal(run.code, 0, run.err);
  assert.match(run.out, /Wrote .*report\.html/);
  html = readFileSync(out, 'utf8');
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('patron report writes one self-contained HTML file: no src or href reaches the network', () => {
  assert.match(html, /^<!doctype html>/);
  const links = [...html.matchAll(/\b(?:src|href)\s*=\s*["']?([^"'\s>]+)/gi)].map((m) => m[1] ?? '');
  assert.deepEqual(
    links.filter((l) => /^(https?:)?\/\//i.test(l)),
    [],
  );
  // SVG may point at its own clip paths (url(#id)); nothing may point outside the file.
  assert.doesNotMatch(html, /<script|<link|<img|<iframe|@import|url\((?!['"]?#)/i);
});

test('the report holds the key charts as inline SVG, tables and plain words', () => {
  const svgs = html.match(/<svg[\s>]/g) ?? [];
  assert.equal(svgs.length, 5);
  for (const heading of [
    'Sales over time',
    'Where your customers are',
    'RFM groups',
    'Value tiers',
    'Do new customers come back?',
    'Your segments',
  ])
    assert.ok(html.includes(h(heading)), heading);
  assert.match(html, /<title>Crumb &#38; Co: customer report<\/title>/);
  assert.match(html, /250<\/b>customers/);
  assert.match(html, /Champions<\/td><td class="num">\d+/);
  assert.match(html, /<code>number_of_orders &#62;= 3<\/code>/);
});

function h(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
