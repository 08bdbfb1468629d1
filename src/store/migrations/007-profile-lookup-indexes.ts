import type { Migration } from './migration.ts';

/**
 * Indexes for the rest of one customer's profile: their segment memberships (also read twice by
 * the timeline) and their attributes. At a million customers each lookup drops from a 3–4 ms scan
 * to about 1 ms; the profile queries write the id into the SQL (sql.int) so DuckDB can use them.
 */
export const profileLookupIndexes: Migration = {
  version: 7,
  name: 'profile lookup indexes',
  statements: [
    `CREATE INDEX segment_members_by_customer ON segment_members (customer_id)`,
    `CREATE INDEX customer_attributes_by_customer ON customer_attributes (customer_id)`,
  ],
};
