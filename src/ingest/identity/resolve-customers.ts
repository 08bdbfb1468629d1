import { type Store, sql } from '../../store/index.ts';
import { applyMerges } from './apply-merges.ts';
import {
  type IdentityMerge,
  type KeyRecord,
  type KnownIdentity,
  matchIdentities,
} from './match-identities.ts';

export interface CustomerResolution {
  /** Temp table (customer_id, email, phone, cid): each incoming key tuple's customer. */
  keyMap: string;
  created: number;
  merges: IdentityMerge[];
  /** Customer ids at or above this were created by this import. */
  firstNewId: number;
  /** Distinct customers the file's accepted rows name. */
  customersNamed: number;
}

/**
 * Matches the customers named in a staged file to known customers (external id, then email,
 * then phone), creates the new ones, records merges, and writes the key map the loaders join on.
 */
export async function resolveCustomers(
  store: Store,
  staged: string,
  source: string,
  importId: number,
): Promise<CustomerResolution> {
  const keyMap = `${staged}_keys`;
  await store.run(sql`CREATE OR REPLACE TEMP TABLE ${sql.ident(keyMap)} AS
    SELECT DISTINCT customer_id, email, phone, NULL::BIGINT AS cid FROM ${sql.ident(staged)}
    WHERE problem_code IS NULL AND (customer_id IS NOT NULL OR email IS NOT NULL OR phone IS NOT NULL)`);
  const cols = await store.columns(sql`SELECT customer_id, email, phone FROM ${sql.ident(keyMap)}`);
  const ids = (cols.customer_id ?? []) as (string | null)[];
  const emails = (cols.email ?? []) as (string | null)[];
  const phones = (cols.phone ?? []) as (string | null)[];
  const keys: KeyRecord[] = ids.map((id, i) => ({
    external: id === null || id === undefined ? null : `${source}:${id}`,
    email: emails[i] ?? null,
    phone: phones[i] ?? null,
  }));
  const known = await store.all<{
    kind: KnownIdentity['kind'];
    value: string;
    customer_id: bigint | number;
  }>(sql`
    SELECT ci.kind, ci.value, ci.customer_id FROM customer_identities ci
    JOIN (SELECT 'external' AS kind, ${source} || ':' || customer_id AS value FROM ${sql.ident(keyMap)} WHERE customer_id IS NOT NULL
          UNION SELECT 'email', email FROM ${sql.ident(keyMap)} WHERE email IS NOT NULL
          UNION SELECT 'phone', phone FROM ${sql.ident(keyMap)} WHERE phone IS NOT NULL) k
      ON k.kind = ci.kind AND k.value = ci.value`);
  const next = await store.one<{ n: bigint | number }>(
    sql`SELECT coalesce(max(customer_id), 0) + 1 AS n FROM customers`,
  );
  const firstNewId = Number(next?.n ?? 1);
  const match = matchIdentities(
    keys,
    known.map((k) => ({ kind: k.kind, value: k.value, customerId: Number(k.customer_id) })),
    firstNewId,
  );
  await store.run(sql`DELETE FROM ${sql.ident(keyMap)}`);
  const appender = await store.appender(keyMap);
  ids.forEach((id, i) => {
    for (const v of [id, emails[i], phones[i]]) {
      if (v === null || v === undefined) appender.appendNull();
      else appender.appendVarchar(v);
    }
    appender.appendBigInt(BigInt(match.customerOf[i] as number));
    appender.endRow();
  });
  appender.closeSync();
  await writeIdentities(store, match.newIdentities, importId);
  await applyMerges(store, match.merges, importId);
  return {
    keyMap,
    created: match.newCustomerIds.length,
    merges: match.merges,
    firstNewId,
    customersNamed: new Set(match.customerOf).size,
  };
}

async function writeIdentities(
  store: Store,
  identities: readonly KnownIdentity[],
  importId: number,
): Promise<void> {
  if (identities.length === 0) return;
  const appender = await store.appender('customer_identities');
  for (const id of identities) {
    appender.appendVarchar(id.kind);
    appender.appendVarchar(id.value);
    appender.appendBigInt(BigInt(id.customerId));
    appender.appendInteger(importId);
    appender.endRow();
  }
  appender.closeSync();
}
