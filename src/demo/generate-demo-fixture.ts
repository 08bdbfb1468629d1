import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DemoSummary } from './demo-summary.ts';
import { generateDemo } from './generate-demo.ts';

type Table = Record<string, string>[];

/** A generated demo for tests: the summary, each file's text, and its rows keyed by header. */
export interface DemoFixture {
  summary: DemoSummary;
  text: { customers: string; orders: string; reviews: string; events: string };
  customers: Table;
  orders: Table;
  reviews: Table;
  events: Table;
}

/**
 * Generates a small demo into a fresh temporary folder and reads it back (test support only).
 *
 * @example
 * const demo = await generateDemoFixture(2000, 7);
 * demo.orders[0]?.order_id; // 'O0000001'
 */
export async function generateDemoFixture(customers: number, seed: number): Promise<DemoFixture> {
  const outDir = mkdtempSync(join(tmpdir(), 'patron-demo-test-'));
  const summary = await generateDemo({ customers, seed, outDir });
  const read = (path: string) => readFileSync(path, 'utf8');
  const text = {
    customers: read(summary.files.customers),
    orders: read(summary.files.orders),
    reviews: read(summary.files.reviews),
    events: read(summary.files.events),
  };
  return {
    summary,
    text,
    customers: parseCsv(text.customers),
    orders: parseCsv(text.orders),
    reviews: parseCsv(text.reviews),
    events: parseCsv(text.events),
  };
}

/** A strict RFC 4180 reader: fails on a row whose field count differs from the header's. */
function parseCsv(text: string): Table {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted) {
      if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',' || c === '\n') {
      fields.push(field);
      field = '';
      if (c === '\n') {
        records.push(fields);
        fields = [];
      }
    } else field += c;
  }
  const [header, ...rows] = records;
  if (!header) throw new Error('empty file');
  return rows.map((row, n) => {
    if (row.length !== header.length)
      throw new Error(`row ${n + 2} has ${row.length} fields, not ${header.length}`);
    return Object.fromEntries(header.map((name, i) => [name, row[i]!]));
  });
}
