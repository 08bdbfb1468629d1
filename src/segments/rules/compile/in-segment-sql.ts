import { type Sql, sql } from '../../../store/index.ts';
import type { CallNode } from '../ast/call-node.ts';

/**
 * `in_segment('name')`: the customer is a current (not exited) member of the segment with that name.
 *
 * @example
 * inSegmentSql(call("in_segment('vip')")) // => EXISTS (… WHERE s.name = $1 …) with ['vip']
 */
export function inSegmentSql(call: CallNode): Sql {
  const name = call.args[0]?.value;
  if (name?.kind !== 'string') throw new Error('in_segment needs a segment name; check the rule first');
  return sql`EXISTS (SELECT 1 FROM segment_members sm JOIN segments s ON s.segment_id = sm.segment_id WHERE s.name = ${name.value} AND sm.customer_id = p.customer_id AND sm.exited_at IS NULL)`;
}
