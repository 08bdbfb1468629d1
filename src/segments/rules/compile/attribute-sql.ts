import { type Sql, sql } from '../../../store/index.ts';
import type { CallNode } from '../ast/call-node.ts';

/**
 * `attribute('age_band')`: the customer's latest value of an imported attribute or survey answer
 * (columns of customer files that are not Patron fields), matched by name ignoring case.
 *
 * @example
 * attributeSql(call("attribute('age_band')")) // => (SELECT a.value … WHERE lower(a.name) = lower($1) …)
 */
export function attributeSql(call: CallNode): Sql {
  const name = call.args[0]?.value;
  if (name?.kind !== 'string') throw new Error('attribute needs an attribute name; check the rule first');
  return sql`(SELECT a.value FROM customer_attributes a WHERE a.customer_id = p.customer_id AND lower(a.name) = lower(${name.value})
    ORDER BY a.recorded_at DESC, a.import_id DESC LIMIT 1)`;
}
