import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { clockText } from './clock-text.ts';
import { csvField } from './csv-field.ts';
import { CsvWriter } from './csv-writer.ts';
import { moneyText } from './money-text.ts';

test('fields are quoted only when they must be', () => {
  assert.equal(csvField('plain'), 'plain');
  assert.equal(csvField(' spaced '), ' spaced ');
  assert.equal(csvField('a, b'), '"a, b"');
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  assert.equal(csvField('two\nlines'), '"two\nlines"');
});

test('money and clock text are exact', () => {
  assert.deepEqual([0, 5, 350, 1205, -480, 18000].map(moneyText), [
    '0.00',
    '0.05',
    '3.50',
    '12.05',
    '-4.80',
    '180.00',
  ]);
  assert.deepEqual([0, 3661, 86_399].map(clockText), ['00:00:00', '01:01:01', '23:59:59']);
});

test('many chunks reach the file in order, with the header first', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'patron-csv-writer-')), 'x.csv');
  const writer = new CsvWriter(path, 'n,text');
  let flushes = 0;
  for (let i = 0; i < 50_000; i++) {
    writer.push(`${i},${csvField(`row ${i}, padded to make the file several megabytes long`)}`);
    if (writer.full) {
      flushes++;
      await writer.flush();
    }
  }
  assert.equal(await writer.close(), 50_000);
  assert.ok(flushes > 10, 'written in chunks');
  const lines = readFileSync(path, 'utf8').split('\n');
  assert.equal(lines[0], 'n,text');
  assert.equal(lines[50_000], '49999,"row 49999, padded to make the file several megabytes long"');
  assert.equal(lines.length, 50_002);
});
