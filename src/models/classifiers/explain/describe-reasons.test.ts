import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeReason } from './describe-reason.ts';
import { describeReasons } from './describe-reasons.ts';

test('reasons in words: signed, led by more or less likely, with a custom phrase', () => {
  const reasons = [
    { feature: 'orders_last_90d', value: 4, contribution: 0.8 },
    { feature: 'days_since_last_order', value: 12, contribution: 0.3 },
    { feature: 'plan', value: 'basic', contribution: -0.2 },
  ];
  const phrase = (f: string, v: number | string | null) =>
    f === 'orders_last_90d'
      ? `${v} orders in the last 90 days`
      : f === 'plan'
        ? `on the ${v} plan`
        : `${f} = ${v}`;
  assert.equal(
    describeReasons(reasons, { outcome: 'order', phrase }),
    'more likely to order because: 4 orders in the last 90 days (+), days_since_last_order = 12 (+), on the basic plan (−)',
  );
  assert.equal(
    describeReasons([{ feature: 'x', value: 0.123456, contribution: -1 }], { outcome: 'churn' }),
    'less likely to churn because: x = 0.123 (−)',
  );
  assert.equal(describeReason({ feature: 'x', value: null, contribution: 0.1 }), 'x missing (+)');
  assert.equal(describeReasons([], { outcome: 'order' }), 'about as likely to order as the average customer');
});
