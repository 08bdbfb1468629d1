import { type Sql, sql } from '../../store/index.ts';

const EMAIL =
  "^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\\.[a-z]{2,}$";

/** An email trimmed and lower-cased; NULL when it is empty or not an address. */
export function emailExpr(raw: Sql): Sql {
  const text = sql`lower(trim(${raw}))`;
  return sql`CASE WHEN regexp_full_match(${text}, ${EMAIL}) THEN ${text} END`;
}
