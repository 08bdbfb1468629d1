import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectDialect } from './detect-dialect.ts';
import { cleanHeaderNames, detectHeader } from './detect-header.ts';
import { splitRecords } from './split-records.ts';

test('each delimiter is found, quotes honoured', () => {
  assert.equal(detectDialect('a,b,c\n1,2,3\n', true).delimiter, ',');
  assert.equal(detectDialect('a;b;c\r\n1;"2;5";3\r\n', true).delimiter, ';');
  assert.equal(detectDialect('a\tb\tc\n1\t2\t3\n', true).delimiter, '\t');
  assert.equal(detectDialect('a|b|c\n1|2|3\n', true).delimiter, '|');
});

test('a European file with decimal commas inside a ; file is still ;', () => {
  assert.equal(detectDialect('id;amount;name\n1;9,50;Anna\n2;1.234,56;Bo\n', true).delimiter, ';');
});

test('space-aligned text falls back to whitespace', () => {
  assert.equal(
    detectDialect(' 00001 19970101  1   11.77\n 00002 19970112  1   12.00\n', true).delimiter,
    'whitespace',
  );
});

test('quoted newlines and doubled quotes stay inside one field', () => {
  const { records } = splitRecords('a,b\n"line1\nline2","say ""hi"""\n', ',', true);
  assert.deepEqual(records, [
    ['a', 'b'],
    ['line1\nline2', 'say "hi"'],
  ]);
});

test('an unterminated quote is reported only when the text is complete', () => {
  assert.equal(splitRecords('a,b\n"open,2\n', ',', true).unterminated, true);
  assert.equal(splitRecords('a,b\n"open,2\n', ',', false).unterminated, false);
});

test('a first row of values is not a header; blank and repeated names are fixed', () => {
  assert.equal(
    detectHeader([
      ['00004', '0001', '19970101', '2', '29.33'],
      ['00004', '0001', '19970118', '2', '29.73'],
    ]),
    false,
  );
  assert.equal(
    detectHeader([
      ['InvoiceNo', 'Quantity'],
      ['536365', '6'],
    ]),
    true,
  );
  assert.deepEqual(cleanHeaderNames(['', 'Invoice', 'invoice', ' Price ']), [
    'column_1',
    'Invoice',
    'invoice_2',
    'Price',
  ]);
});
