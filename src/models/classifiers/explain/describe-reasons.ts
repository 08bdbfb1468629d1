import { defaultPhrase, describeReason } from './describe-reason.ts';
import type { Reason } from './explanation.ts';

export interface DescribeOptions {
  /** What a positive outcome is, as a verb phrase: "order", "churn". */
  outcome: string;
  /** How to say one feature's value in words, e.g. (f, v) => `${v} orders in the last 90 days`. */
  phrase?: (feature: string, value: number | string | null) => string;
}

/**
 * An explanation in plain words, signed by each reason's push:
 * "more likely to order because: 4 orders in the last 90 days (+), last order 12 days ago (+)".
 * The lead says "more" or "less" by the sum of the reasons given.
 *
 * @example
 * describeReasons([{ feature: 'orders_90d', value: 4, contribution: 0.8 }], { outcome: 'order' })
 * // => 'more likely to order because: orders_90d = 4 (+)'
 */
export function describeReasons(reasons: readonly Reason[], options: DescribeOptions): string {
  if (reasons.length === 0) return `about as likely to ${options.outcome} as the average customer`;
  const total = reasons.reduce((sum, r) => sum + r.contribution, 0);
  const parts = reasons.map((r) => describeReason(r, options.phrase ?? defaultPhrase));
  return `${total >= 0 ? 'more' : 'less'} likely to ${options.outcome} because: ${parts.join(', ')}`;
}
