import type { Reason } from '../../models/classifiers/index.ts';
import { type Store, sql } from '../../store/index.ts';
import { parseJsonCell } from './parse-json-cell.ts';

export interface CustomerPropensity {
  customer_id: number;
  run_id: string;
  horizon_days: number;
  purchase_propensity: number;
  /** E.g. "more likely to order in the next 90 days because: 4 orders in the last 90 days (+), …". */
  explanation: string;
  reasons: Reason[];
}

/**
 * One customer's stored purchase propensity with its explanation in words; null when the
 * customer has no score (no orders before the scoring date, or the last run was skipped).
 *
 * @example
 * (await customerPropensity(store, 42))?.explanation
 */
export async function customerPropensity(
  store: Store,
  customerId: number | bigint,
): Promise<CustomerPropensity | null> {
  const row = await store.one<{
    customer_id: bigint | number;
    run_id: string;
    horizon_days: number;
    purchase_propensity: number;
    explanation: unknown;
  }>(sql`SELECT customer_id, run_id, horizon_days, purchase_propensity, explanation
    FROM customer_propensity WHERE customer_id = ${BigInt(customerId)}`);
  if (!row) return null;
  const explanation = parseJsonCell<{ text: string; reasons: Reason[] } | null>(row.explanation);
  return {
    customer_id: Number(row.customer_id),
    run_id: row.run_id,
    horizon_days: row.horizon_days,
    purchase_propensity: row.purchase_propensity,
    explanation: explanation?.text ?? '',
    reasons: explanation?.reasons ?? [],
  };
}
