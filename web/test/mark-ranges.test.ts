import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markRanges } from '../src/rules/mark-ranges.ts';

test('marks each problem range and keeps the rest', () => {
  assert.deepEqual(markRanges('a = bb AND c', [{ start: 4, end: 6 }]), [
    { text: 'a = ', marked: false },
    { text: 'bb', marked: true },
    { text: ' AND c', marked: false },
  ]);
});

test('an empty range marks one character; at the end it marks a space added after the text', () => {
  assert.deepEqual(markRanges('ab', [{ start: 1, end: 1 }]), [
    { text: 'a', marked: false },
    { text: 'b', marked: true },
  ]);
  assert.deepEqual(markRanges('ab', [{ start: 2, end: 2 }]), [
    { text: 'ab', marked: false },
    { text: ' ', marked: true },
  ]);
});

test('overlapping ranges merge; the pieces always join back into the text', () => {
  const text = 'number_of_orders >= x AND y';
  const pieces = markRanges(text, [
    { start: 20, end: 21 },
    { start: 17, end: 21 },
    { start: 26, end: 27 },
  ]);
  assert.equal(pieces.map((p) => p.text).join(''), text);
  assert.deepEqual(
    pieces.filter((p) => p.marked).map((p) => p.text),
    ['>= x', 'y'],
  );
});
