import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCalendar } from './calendar.ts';
import { easterSunday } from './easter-sunday.ts';

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

test('Easter Sunday falls on the known dates', () => {
  assert.equal(iso(easterSunday(2024)), '2024-03-31');
  assert.equal(iso(easterSunday(2025)), '2025-04-20');
  assert.equal(iso(easterSunday(2026)), '2026-04-05');
  assert.equal(iso(easterSunday(2038)), '2038-04-25');
});

test('the window is the two years up to the end date', () => {
  const calendar = buildCalendar('2026-10-31');
  assert.equal(calendar.dateText[0], '2024-11-01');
  assert.equal(calendar.dateText.at(-1), '2026-10-31');
  assert.equal(calendar.days, 730);
  assert.equal(calendar.weekday[0], 5, '1 November 2024 was a Friday');
  assert.equal(calendar.dateText[calendar.priceRiseDay], '2025-11-01');
});

test('holidays: shut on Christmas Day, busy before Christmas and at Easter, seasonal shelves', () => {
  const calendar = buildCalendar('2026-10-31');
  const day = (date: string) => calendar.factors[calendar.dateText.indexOf(date)]!;
  assert.equal(day('2025-12-25').closed, true);
  assert.equal(day('2025-12-24').closed, false);
  assert.ok(
    day('2025-12-20').traffic > day('2025-11-15').traffic,
    'a December Saturday beats a November one',
  );
  assert.equal(day('2025-12-01').season, 'christmas');
  assert.equal(day('2026-04-03').season, 'easter');
  assert.ok(day('2026-03-13').cakes > 2, 'the week before Mothering Sunday (15 March 2026)');
  assert.ok(day('2025-07-15').bread < day('2025-10-15').bread);
});

test('the newsletter goes out on the first Thursday of each month', () => {
  const calendar = buildCalendar('2026-10-31');
  assert.equal(calendar.newsletterDays.length, 24);
  for (const d of calendar.newsletterDays) {
    assert.equal(calendar.weekday[d], 4);
    assert.ok(Number(calendar.dateText[d]!.slice(8)) <= 7);
  }
});
