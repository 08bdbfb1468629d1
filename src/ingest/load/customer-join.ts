import { type Sql, sql } from '../../store/index.ts';

/** Joins staged rows (the table or alias `alias`) to the key map on their (customer_id, email, phone) tuple; NULLs match NULLs. */
export function customerJoin(alias: string, keyMap: string): Sql {
  const s = sql.ident(alias);
  const k = sql.ident(keyMap);
  return sql`LEFT JOIN ${k} km ON km.customer_id IS NOT DISTINCT FROM ${s}.customer_id
    AND km.email IS NOT DISTINCT FROM ${s}.email AND km.phone IS NOT DISTINCT FROM ${s}.phone`;
}
