import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLifecycle } from './classify-lifecycle.ts';
import type { CustomerRhythm } from './customer-rhythm-sql.ts';
import { DEFAULT_LIFECYCLE_SETTINGS } from './lifecycle-settings.ts';
import type { LifecycleStage } from './lifecycle-stage.ts';

/** A rhythm from the days (before as_of) a customer ordered on, oldest first, as the SQL computes it. */
function rhythm(daysBefore: readonly number[]): CustomerRhythm {
  const gaps = daysBefore.slice(1).map((d, i) => (daysBefore[i] ?? 0) - d);
  const median = (xs: number[]): number | null => {
    if (xs.length === 0) return null;
    const s = [...xs].sort((a, b) => a - b);
    const mid = Math.floor(s.length / 2);
    return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
  };
  return {
    customer_id: 1n,
    recency_days: daysBefore.at(-1) ?? 0,
    tenure_days: daysBefore[0] ?? 0,
    order_days: daysBefore.length,
    gaps: gaps.length,
    median_gap_days: median(gaps),
    last_gap_days: gaps.at(-1) ?? null,
    prior_gaps: Math.max(gaps.length - 1, 0),
    prior_median_gap_days: median(gaps.slice(0, -1)),
  };
}

// Default settings: at risk > 1.5 × gap, lapsed > min(3 × gap, 180), lost > min(5 × gap, 365),
// new within 30 days, own rhythm from 2 gaps, no usual gap under 7 days. Shop gap 20 unless stated.
const scenarios: [string, number[], number, LifecycleStage, number][] = [
  ['steady every 20 days, last 10 days ago', [100, 80, 60, 40, 20, 10], 20, 'active', 20],
  ['exactly 1.5 × 20 = 30 days is not yet overdue', [110, 90, 70, 50, 30], 20, 'active', 20],
  ['31 days with a 20-day rhythm is at risk', [111, 91, 71, 51, 31], 20, 'at_risk', 20],
  ['61 days with a 20-day rhythm is lapsed', [141, 121, 101, 81, 61], 20, 'lapsed', 20],
  ['101 days with a 20-day rhythm is lost', [181, 161, 141, 121, 101], 20, 'lost', 20],
  ['a 100-day rhythm is lapsed after the 180-day limit', [390, 290, 190], 20, 'lapsed', 100],
  ['a 100-day rhythm is lost after the 365-day limit', [700, 600, 500, 400], 20, 'lost', 100],
  ['one order 10 days ago is new', [10], 20, 'new', 20],
  ['one order 30 days ago is still new', [30], 20, 'new', 20],
  ['one order 31 days ago is past 1.5 × the shop gap of 20', [31], 20, 'at_risk', 20],
  ['one order 80 days ago is past 3 × 20', [80], 20, 'lapsed', 20],
  ['one order 120 days ago is past 5 × 20', [120], 20, 'lost', 20],
  ['one order 35 days ago with a 40-day shop gap is active, no longer new', [35], 40, 'active', 40],
  ['one gap of 4 days is blended halfway with the shop gap of 20', [16, 12], 20, 'active', 12],
  ['daily buyers are measured against the 7-day minimum', [9, 8, 7, 6, 5], 20, 'active', 7],
  ['daily buyers are at risk after 10.5 days', [15, 14, 13, 12, 11], 20, 'at_risk', 7],
  ['back after 240 days with a 20-day rhythm before it', [300, 280, 260, 20], 20, 'reactivated', 20],
  ['back after 195 days, one order before: the shop gap says lost', [200, 5], 20, 'reactivated', 107.5],
  ['a 55-day gap is not past 3 × 20, so not a comeback', [100, 80, 60, 5], 20, 'active', 20],
  ['a comeback that is overdue again is judged on the overdue rule', [300, 280, 260, 50], 20, 'at_risk', 20],
];

for (const [name, days, shopGap, stage, gap] of scenarios) {
  test(`lifecycle: ${name}`, () => {
    const v = classifyLifecycle(rhythm(days), shopGap, DEFAULT_LIFECYCLE_SETTINGS);
    assert.equal(v.stage, stage, v.reason);
    assert.equal(v.expectedGapDays, gap);
  });
}

test('reasons say why with the customer numbers', () => {
  const s = DEFAULT_LIFECYCLE_SETTINGS;
  assert.equal(
    classifyLifecycle(rhythm([111, 91, 71, 51, 31]), 20, s).reason,
    'No order for 31 days, more than 30 days (1.5 × 20 days), so they are overdue. Their usual gap is 20 days: the median of their 4 gaps between order days.',
  );
  assert.equal(
    classifyLifecycle(rhythm([700, 600, 500, 400]), 20, s).reason,
    'No order for 400 days, more than 365 days (the limit for every customer), which counts as lost. Their usual gap is 100 days: the median of their 3 gaps between order days.',
  );
  assert.equal(
    classifyLifecycle(rhythm([10]), 34, s).reason,
    "First ordered 10 days ago, on one day only; customers count as new for 30 days. Their usual gap is 34 days: the shop's usual gap to a second order (they have ordered on one day only).",
  );
  assert.equal(
    classifyLifecycle(rhythm([16, 12]), 20, s).reason,
    "Last order 12 days ago, within 18 days (1.5 × 12 days). Their usual gap is 12 days: halfway between their one gap (4 days) and the shop's usual gap to a second order (20 days).",
  );
  assert.equal(
    classifyLifecycle(rhythm([15, 14, 13, 12, 11]), 20, s).reason,
    'No order for 11 days, more than 10.5 days (1.5 × 7 days), so they are overdue. Their usual gap is 7 days: the median of their 4 gaps between order days is 1 day, under the minimum of 7 days.',
  );
  assert.equal(
    classifyLifecycle(rhythm([300, 280, 260, 20]), 20, s).reason,
    'Came back 20 days ago after 240 days without an order; with their usual gap then of 20 days, more than 100 days (5 × 20 days) counted as lost. Their usual gap is 20 days: the median of their 3 gaps between order days.',
  );
});

test('with minGapsForOwnRhythm 1 a single gap is trusted as it is', () => {
  const v = classifyLifecycle(rhythm([16, 12]), 20, {
    ...DEFAULT_LIFECYCLE_SETTINGS,
    minGapsForOwnRhythm: 1,
  });
  assert.equal(v.expectedGapDays, 7);
  assert.equal(v.stage, 'at_risk');
});

test('without day limits a slow customer follows their rhythm only', () => {
  const settings = { ...DEFAULT_LIFECYCLE_SETTINGS, lapsedAfterDays: null, lostAfterDays: null };
  assert.equal(classifyLifecycle(rhythm([700, 600, 500, 400]), 20, settings).stage, 'lapsed');
});
