import { type Sql, sql } from '../../store/index.ts';

/** What a customer search matches: email, first and last name, lower-cased, in one string. */
export function searchTextSql(alias = ''): Sql {
  const col = (name: string) => (alias ? sql`${sql.ident(alias)}.${sql.ident(name)}` : sql.ident(name));
  return sql`lower(concat_ws(' ', ${col('email')}, ${col('first_name')}, ${col('last_name')}))`;
}
