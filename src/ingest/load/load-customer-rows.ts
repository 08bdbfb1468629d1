import { type Store, sql } from '../../store/index.ts';
import type { Preset } from '../presets/preset.ts';
import { customerJoin } from './customer-join.ts';

/**
 * Loads customer records: the record itself (for re-import detection), its unmapped columns
 * as attributes (survey answers kept apart), and its consents.
 */
export async function loadCustomerRows(
  store: Store,
  newRows: string,
  keyMap: string,
  unmappedHeaders: readonly string[],
  preset: Preset | undefined,
  source: string,
  importId: number,
): Promise<number> {
  const n = sql.ident(newRows);
  const join = customerJoin('r', keyMap);
  const loaded = await store.run(
    sql`INSERT INTO customer_records SELECT ${importId}, ${source}, r.row_no, r.fp, r.occ, km.cid FROM ${n} r ${join}`,
  );
  const survey = new Set((preset?.surveyColumns ?? []).map((c) => c.toLowerCase()));
  for (const header of unmappedHeaders) {
    const kind = survey.has(header.toLowerCase()) || /^survey[_ ]/i.test(header) ? 'survey' : 'attribute';
    await store.run(sql`INSERT INTO customer_attributes
      SELECT km.cid, ${kind}, ${header}, json_extract_string(r.extra, ${header}), ${source}, ${importId}, now()::TIMESTAMP
      FROM ${n} r ${join} WHERE nullif(trim(json_extract_string(r.extra, ${header})), '') IS NOT NULL`);
  }
  await loadConsents(store, newRows, join, preset, source, importId);
  return loaded;
}

async function loadConsents(
  store: Store,
  newRows: string,
  join: ReturnType<typeof customerJoin>,
  preset: Preset | undefined,
  source: string,
  importId: number,
) {
  const n = sql.ident(newRows);
  await store.run(sql`INSERT INTO consents
    SELECT km.cid, 'email', CASE WHEN r.accepts_marketing THEN 'subscribed' ELSE 'unsubscribed' END, ${source}, now()::TIMESTAMP, ${importId}
    FROM ${n} r ${join} WHERE r.accepts_marketing IS NOT NULL AND r.email_consent IS NULL`);
  for (const channel of ['email', 'sms'] as const) {
    const field = channel === 'email' ? sql.ident('email_consent') : sql.ident('sms_consent');
    const values = preset?.consent?.[channel]?.values ?? GENERIC_CONSENT;
    const keys = Object.keys(values).map((k) => k.toLowerCase());
    const statuses = Object.values(values);
    await store.run(sql`INSERT INTO consents
      SELECT km.cid, ${channel}, ${sql.list(statuses)}[list_position(${sql.list(keys)}, lower(trim(r.${field})))], ${source}, now()::TIMESTAMP, ${importId}
      FROM ${n} r ${join} WHERE list_contains(${sql.list(keys)}, lower(trim(r.${field})))`);
  }
}

const GENERIC_CONSENT: Record<string, string> = {
  subscribed: 'subscribed',
  unsubscribed: 'unsubscribed',
  cleaned: 'cleaned',
  pending: 'pending',
  never_subscribed: 'never_subscribed',
  yes: 'subscribed',
  no: 'unsubscribed',
  true: 'subscribed',
  false: 'unsubscribed',
};
