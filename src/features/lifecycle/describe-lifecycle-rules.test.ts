import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeLifecycleRules } from './describe-lifecycle-rules.ts';
import { DEFAULT_LIFECYCLE_SETTINGS } from './lifecycle-settings.ts';

test('the rules name every threshold with the settings numbers', () => {
  const rules = describeLifecycleRules(DEFAULT_LIFECYCLE_SETTINGS, 34);
  assert.deepEqual(
    rules.stages.map((s) => s.rule),
    [
      'Lost: no order for more than 5 × their usual gap (or 5 × 34 days for one-time buyers), and in any case after more than 365 days.',
      'Lapsed: no order for more than 3 × their usual gap (or 3 × 34 days for one-time buyers), and in any case after more than 180 days.',
      'At risk: no order for more than 1.5 × their usual gap (or 1.5 × 34 days for one-time buyers).',
      'New: ordered on one day only, at most 30 days ago, and not yet at risk.',
      'Reactivated: their latest order ended a gap that had made them lapsed or lost by their usual gap before it, and they are not at risk now.',
      'Active: everyone else who has ordered; their last order is within 1.5 × their usual gap.',
    ],
  );
  assert.equal(
    rules.usual_gap,
    "A customer's usual gap is the median number of days between the days they ordered on, once they have 2 or more gaps. With 1 gap, it is halfway between their own (median) gap and the shop's usual gap to a second order. Customers who ordered on one day only get the shop's usual gap to a second order, the median over customers who came back: 34 days (30 days while nobody has). No usual gap is taken as shorter than 7 days.",
  );
});

test('without the shop gap, and with other settings, the words follow', () => {
  const rules = describeLifecycleRules({
    ...DEFAULT_LIFECYCLE_SETTINGS,
    lostAfterDays: null,
    minGapsForOwnRhythm: 1,
    secondOrderGapPercentile: 0.75,
  });
  assert.equal(rules.stages[0]?.rule, 'Lost: no order for more than 5 × their usual gap.');
  assert.ok(!rules.usual_gap.includes('halfway'));
  assert.match(
    rules.usual_gap,
    /the 75th percentile over customers who came back \(30 days while nobody has\)/,
  );
});

test('a shop gap under the minimum is shown as the minimum it is raised to', () => {
  const rules = describeLifecycleRules(DEFAULT_LIFECYCLE_SETTINGS, 3);
  assert.match(rules.stages[2]?.rule ?? '', /1\.5 × 7 days for one-time buyers/);
});
