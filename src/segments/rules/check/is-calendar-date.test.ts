import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isCalendarDate } from './is-calendar-date.ts';

test('real YYYY-MM-DD dates only, leap years included', () => {
  for (const text of ['2024-01-31', '2024-02-29', '2000-02-29', '0001-01-01'])
    assert.ok(isCalendarDate(text), text);
  for (const text of [
    '2023-02-29',
    '1900-02-29',
    '2024-13-01',
    '2024-04-31',
    '2024-00-10',
    '2024-1-5',
    '31/01/2024',
    '',
  ])
    assert.ok(!isCalendarDate(text), text);
});
