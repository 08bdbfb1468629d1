import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatCount, formatDate, formatMoney, formatPercent } from '../src/format/index.ts';

test('counts, money, shares and dates read the way a shop owner writes them', () => {
  assert.equal(formatCount(1234567), '1,234,567');
  assert.equal(formatCount(null), '–');
  assert.equal(formatMoney(1234.5, 'GBP'), '£1,234.50');
  assert.equal(formatMoney(25000.4, null), '25,000');
  assert.equal(formatMoney(12.345, null), '12.35');
  assert.equal(formatMoney(Number.NaN), '–');
  assert.equal(formatPercent(0.4567), '45.7 %');
  assert.equal(formatPercent(1, 0), '100 %');
  assert.equal(formatPercent(undefined), '–');
  assert.equal(formatDate('2025-03-03'), '3 Mar 2025');
  assert.equal(formatDate('not a date'), 'not a date');
  assert.equal(formatDate(null), '–');
});
