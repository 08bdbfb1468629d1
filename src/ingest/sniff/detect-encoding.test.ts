import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeHead, detectEncoding } from './detect-encoding.ts';
import { detectFileType } from './detect-file-type.ts';

test('BOMs, UTF-8 and Windows-1252 are told apart', () => {
  assert.equal(detectEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x61])), 'utf-8-bom');
  assert.equal(detectEncoding(Buffer.from([0xff, 0xfe, 0x61, 0x00])), 'utf-16le');
  assert.equal(detectEncoding(Buffer.from('café £5', 'utf8')), 'utf-8');
  assert.equal(detectEncoding(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x80])), 'windows-1252');
});

test('a head cut inside a multi-byte character is still UTF-8', () => {
  const full = Buffer.from('price £', 'utf8');
  assert.equal(detectEncoding(full.subarray(0, full.length - 1), true), 'utf-8');
});

test('Windows-1252 decodes the euro sign and accents', () => {
  assert.equal(decodeHead(Buffer.from([0x80, 0xe9]), 'windows-1252'), '€é');
});

test('file types come from magic bytes', () => {
  assert.equal(detectFileType(Buffer.from([0x1f, 0x8b, 8, 0])), 'gzip');
  assert.equal(detectFileType(Buffer.from('PAR1xxxx')), 'parquet');
  assert.equal(detectFileType(Buffer.from('a,b\n')), 'text');
});
