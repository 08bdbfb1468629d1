import { type Sql, sql } from '../../store/index.ts';
import { searchTextSql } from './search-text-sql.ts';

/**
 * One row per live customer: `customer_profile` plus what the customer list and profile page also
 * show (search text, phone, company, region, postal code, the lifecycle stage's reason). The server
 * keeps a copy of these rows after each write (WorkspaceData.profileRows); the CLI reads them live
 * (`LIVE_PROFILE_ROWS`).
 */
export function profileRowsSql(): Sql {
  return sql`SELECT p.*, ${searchTextSql('p')} AS search_text, c.phone, c.company, c.region, c.postal_code,
      l.reason AS lifecycle_reason, l.expected_gap_days
    FROM customer_profile p JOIN customers c USING (customer_id) LEFT JOIN customer_lifecycle l USING (customer_id)`;
}

/** Where customer rows are read from; a `stored` table (the server's copy) can be read by rowid. */
export interface ProfileRows {
  sql: Sql;
  stored: boolean;
}

/** `profileRowsSql` as a table expression, computed on every read. */
export const LIVE_PROFILE_ROWS: ProfileRows = { sql: sql`(${profileRowsSql()})`, stored: false };
