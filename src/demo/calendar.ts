import { type DayFactors, dayFactors } from './day-factors.ts';

/** The two-year trading window, one entry per day; day 0 is the first day. */
export interface Calendar {
  days: number;
  /** `YYYY-MM-DD` for each day, formatted once. */
  dateText: readonly string[];
  /** 0 = Sunday … 6 = Saturday. */
  weekday: Uint8Array;
  factors: readonly DayFactors[];
  /** The largest traffic factor, for rejection sampling of days. */
  maxTraffic: number;
  /** The day the café raised its prices (first of the month nearest the middle of the window). */
  priceRiseDay: number;
  /** Days the newsletter went out: the first Thursday of each month. */
  newsletterDays: readonly number[];
}

const DAY_MS = 86_400_000;

/**
 * Lays out the two years that end on `endDate` (inclusive).
 *
 * @example
 * const calendar = buildCalendar('2026-10-31');
 * calendar.dateText[0]; // '2024-11-01'
 */
export function buildCalendar(endDate: string): Calendar {
  const [year, month, day] = endDate.split('-').map(Number) as [number, number, number];
  const lastMs = Date.UTC(year, month - 1, day);
  const firstMs = Date.UTC(year - 2, month - 1, day + 1);
  const days = Math.round((lastMs - firstMs) / DAY_MS) + 1;

  const dateText: string[] = [];
  const weekday = new Uint8Array(days);
  const factors: DayFactors[] = [];
  const newsletterDays: number[] = [];
  let maxTraffic = 0;
  for (let d = 0; d < days; d++) {
    const ms = firstMs + d * DAY_MS;
    const date = new Date(ms);
    dateText.push(date.toISOString().slice(0, 10));
    weekday[d] = date.getUTCDay();
    const f = dayFactors(ms);
    factors.push(f);
    maxTraffic = Math.max(maxTraffic, f.traffic);
    if (weekday[d] === 4 && date.getUTCDate() <= 7) newsletterDays.push(d);
  }
  const middle = new Date(firstMs + Math.floor(days / 2) * DAY_MS);
  const riseMs = Date.UTC(middle.getUTCFullYear(), middle.getUTCMonth(), 1);
  return {
    days,
    dateText,
    weekday,
    factors,
    maxTraffic,
    priceRiseDay: Math.round((riseMs - firstMs) / DAY_MS),
    newsletterDays,
  };
}
