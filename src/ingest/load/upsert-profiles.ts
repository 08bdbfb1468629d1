import { type Store, sql } from '../../store/index.ts';
import type { RecordKind } from '../mapping/fields.ts';
import { customerJoin } from './customer-join.ts';

const PROFILE = [
  'email',
  'phone',
  'first_name',
  'last_name',
  'full_name',
  'company',
  'country',
  'region',
  'city',
  'postal_code',
  'accepts_marketing',
];

/**
 * Creates the profiles of new customers and fills in known ones: for each field, the value on the
 * file's last row that has one wins; fields the file leaves empty keep what the store had.
 */
export async function upsertProfiles(
  store: Store,
  staged: string,
  keyMap: string,
  kind: RecordKind,
  firstNewId: number,
  importId: number,
) {
  if (kind !== 'orders' && kind !== 'customers') {
    await store.run(sql`INSERT INTO customers (customer_id, email, created_import_id, updated_at)
      SELECT cid, any_value(email), ${importId}, now()::TIMESTAMP FROM ${sql.ident(keyMap)} WHERE cid >= ${firstNewId} GROUP BY cid`);
    return;
  }
  const signup =
    kind === 'customers'
      ? sql`signup_date, signup_channel`
      : sql`NULL::TIMESTAMP AS signup_date, NULL::VARCHAR AS signup_channel`;
  const latest = sql.join(
    [...PROFILE, 'signup_date', 'signup_channel'].map(
      (f) =>
        sql`arg_max(s0.${sql.ident(f)}, s0.row_no) FILTER (WHERE s0.${sql.ident(f)} IS NOT NULL) AS ${sql.ident(f)}`,
    ),
  );
  const profiles = `${staged}_profiles`;
  await store.run(sql`CREATE OR REPLACE TEMP TABLE ${sql.ident(profiles)} AS
    SELECT km.cid, ${latest} FROM (SELECT *, ${signup} FROM ${sql.ident(staged)}) s0
    ${customerJoin('s0', keyMap)}
    WHERE s0.problem_code IS NULL AND km.cid IS NOT NULL GROUP BY km.cid`);
  await store.run(sql`INSERT INTO customers (customer_id, ${sql.join(PROFILE.map((f) => sql.ident(f)))}, signup_at, signup_channel, created_import_id, updated_at)
    SELECT cid, ${sql.join(PROFILE.map((f) => sql.ident(f)))}, signup_date, signup_channel, ${importId}, now()::TIMESTAMP
    FROM ${sql.ident(profiles)} WHERE cid >= ${firstNewId}`);
  const sets = sql.join([
    ...PROFILE.map((f) => sql`${sql.ident(f)} = coalesce(p.${sql.ident(f)}, customers.${sql.ident(f)})`),
    sql`signup_at = coalesce(p.signup_date, customers.signup_at)`,
    sql`signup_channel = coalesce(p.signup_channel, customers.signup_channel)`,
  ]);
  await store.run(sql`UPDATE customers SET ${sets}, updated_at = now()::TIMESTAMP FROM ${sql.ident(profiles)} p
    WHERE customers.customer_id = p.cid AND p.cid < ${firstNewId}`);
}
