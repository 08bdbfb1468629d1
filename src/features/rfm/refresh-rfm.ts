import { type Store, sql } from '../../store/index.ts';
import type { RfmOptions } from './rfm-options.ts';
import { scoreRfmSql } from './score-rfm-sql.ts';

/**
 * Recomputes RFM from the current features. A customer whose group changes gets a history row
 * with the previous group (a first group has none), so "who moved from Loyal to At Risk" is known.
 */
export async function refreshRfm(store: Store, options: RfmOptions): Promise<void> {
  await store.run(sql`CREATE OR REPLACE TEMP TABLE rfm_new AS ${scoreRfmSql(options)}`);
  await store.run(sql`INSERT INTO rfm_history
    SELECT n.customer_id, o.rfm_group, n.rfm_group, n.as_of, now()::TIMESTAMP
    FROM rfm_new n LEFT JOIN customer_rfm o USING (customer_id)
    WHERE o.rfm_group IS DISTINCT FROM n.rfm_group`);
  await store.run(sql`DELETE FROM customer_rfm`);
  await store.run(sql`INSERT INTO customer_rfm SELECT * FROM rfm_new`);
  await store.run(sql`DROP TABLE rfm_new`);
}
