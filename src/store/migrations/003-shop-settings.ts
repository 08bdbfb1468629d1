import type { Migration } from './migration.ts';

/** The shop's own choices for named settings (lifecycle thresholds, tier shares), as JSON. */
export const shopSettings: Migration = {
  version: 3,
  name: 'shop settings',
  statements: [
    `CREATE TABLE shop_settings (
      name VARCHAR PRIMARY KEY,
      value JSON NOT NULL,
      updated_at TIMESTAMP NOT NULL
    )`,
  ],
};
