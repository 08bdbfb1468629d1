import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { findBlankRecords } from './find-blank-records.ts';

const dir = mkdtempSync(join(tmpdir(), 'patron-blank-'));

test('blank lines are found by record number; newlines inside quotes are not blank lines', async () => {
  const text = 'a,b\r\n1,"x\r\n\r\ny"\r\n\r\n2,3\r\n\n4,5\n';
  const path = join(dir, 'b.csv');
  writeFileSync(path, text);
  assert.deepEqual(await findBlankRecords(path, false), [3, 5]);
  const gz = join(dir, 'b.csv.gz');
  writeFileSync(gz, gzipSync(text));
  assert.deepEqual(await findBlankRecords(gz, true), [3, 5]);
});

test('a file without blank lines has none, whatever its final newline', async () => {
  const path = join(dir, 'c.csv');
  writeFileSync(path, 'a,b\n1,2\n3,4');
  assert.deepEqual(await findBlankRecords(path, false), []);
});
