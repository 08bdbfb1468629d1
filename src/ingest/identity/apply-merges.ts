import { type Store, sql } from '../../store/index.ts';
import type { IdentityMerge } from './match-identities.ts';

// Every table that points at a customer; a merge re-points them all to the kept profile.
const CUSTOMER_TABLES = [
  'orders',
  'customer_identities',
  'customer_attributes',
  'consents',
  'events',
  'feedback',
  'customer_records',
];

/** Records merges and moves everything the merged profiles owned to the kept profile. */
export async function applyMerges(
  store: Store,
  merges: readonly IdentityMerge[],
  importId: number,
): Promise<void> {
  for (const m of merges) {
    const [kept, merged] = [m.keptCustomerId, m.mergedCustomerId];
    for (const table of CUSTOMER_TABLES) {
      await store.run(
        sql`UPDATE ${sql.ident(table)} SET customer_id = ${kept} WHERE customer_id = ${merged}`,
      );
    }
    await store.run(
      sql`UPDATE customers SET merged_into = ${kept}, updated_at = now()::TIMESTAMP WHERE customer_id = ${merged}`,
    );
    await store.run(sql`UPDATE customers SET merged_into = ${kept} WHERE merged_into = ${merged}`);
    await store.run(
      sql`INSERT INTO identity_merges VALUES (${importId}, ${kept}, ${merged}, ${m.rule}, ${m.matchedValue}, now()::TIMESTAMP)`,
    );
  }
}
