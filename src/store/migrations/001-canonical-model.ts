import type { Migration } from './migration.ts';

/** The canonical customer model every importer writes into. Money is DECIMAL, so sums are exact. */
export const canonicalModel: Migration = {
  version: 1,
  name: 'canonical model',
  statements: [
    `CREATE SEQUENCE import_id_seq START 1`,
    `CREATE TABLE import_runs (
      import_id INTEGER PRIMARY KEY,
      started_at TIMESTAMP NOT NULL,
      finished_at TIMESTAMP,
      file_name VARCHAR NOT NULL,
      file_path VARCHAR,
      file_bytes BIGINT,
      source VARCHAR NOT NULL,
      source_reason VARCHAR,
      record_kind VARCHAR NOT NULL,
      mapping JSON,
      date_format VARCHAR,
      rows_read BIGINT NOT NULL DEFAULT 0,
      rows_loaded BIGINT NOT NULL DEFAULT 0,
      rows_quarantined BIGINT NOT NULL DEFAULT 0,
      rows_duplicate BIGINT NOT NULL DEFAULT 0,
      summary JSON,
      warnings JSON
    )`,
    `CREATE SEQUENCE customer_id_seq START 1`,
    `CREATE TABLE customers (
      customer_id BIGINT PRIMARY KEY,
      email VARCHAR,
      phone VARCHAR,
      first_name VARCHAR,
      last_name VARCHAR,
      full_name VARCHAR,
      company VARCHAR,
      country VARCHAR,
      region VARCHAR,
      city VARCHAR,
      postal_code VARCHAR,
      accepts_marketing BOOLEAN,
      signup_at TIMESTAMP,
      signup_channel VARCHAR,
      merged_into BIGINT,
      created_import_id INTEGER NOT NULL,
      updated_at TIMESTAMP NOT NULL
    )`,
    `CREATE TABLE customer_identities (
      kind VARCHAR NOT NULL,
      value VARCHAR NOT NULL,
      customer_id BIGINT NOT NULL,
      import_id INTEGER NOT NULL
    )`,
    `CREATE TABLE identity_merges (
      import_id INTEGER NOT NULL,
      kept_customer_id BIGINT NOT NULL,
      merged_customer_id BIGINT NOT NULL,
      rule VARCHAR NOT NULL,
      matched_value VARCHAR NOT NULL,
      merged_at TIMESTAMP NOT NULL
    )`,
    `CREATE TABLE customer_records (
      import_id INTEGER NOT NULL,
      source VARCHAR NOT NULL,
      source_row BIGINT NOT NULL,
      fingerprint UHUGEINT NOT NULL,
      occurrence INTEGER NOT NULL,
      customer_id BIGINT NOT NULL
    )`,
    `CREATE SEQUENCE product_id_seq START 1`,
    `CREATE TABLE products (
      product_id BIGINT PRIMARY KEY,
      product_key VARCHAR NOT NULL,
      sku VARCHAR,
      name VARCHAR,
      category VARCHAR,
      import_id INTEGER NOT NULL
    )`,
    `CREATE SEQUENCE order_id_seq START 1`,
    `CREATE TABLE orders (
      order_id BIGINT PRIMARY KEY,
      source VARCHAR NOT NULL,
      external_id VARCHAR NOT NULL,
      customer_id BIGINT,
      ordered_at TIMESTAMP NOT NULL,
      kind VARCHAR NOT NULL,
      currency VARCHAR,
      amount DECIMAL(18,4) NOT NULL,
      amount_from VARCHAR NOT NULL,
      discount_amount DECIMAL(18,4),
      channel VARCHAR,
      status VARCHAR,
      return_of VARCHAR,
      import_id INTEGER NOT NULL
    )`,
    `CREATE TABLE order_lines (
      order_id BIGINT NOT NULL,
      product_id BIGINT,
      quantity DECIMAL(18,4),
      unit_price DECIMAL(18,4),
      amount DECIMAL(18,4) NOT NULL,
      is_return BOOLEAN NOT NULL,
      fingerprint UHUGEINT NOT NULL,
      occurrence INTEGER NOT NULL,
      import_id INTEGER NOT NULL,
      source_row BIGINT NOT NULL,
      extra JSON
    )`,
    `CREATE TABLE events (
      customer_id BIGINT,
      event_type VARCHAR NOT NULL,
      occurred_at TIMESTAMP NOT NULL,
      properties JSON,
      fingerprint UHUGEINT NOT NULL,
      occurrence INTEGER NOT NULL,
      import_id INTEGER NOT NULL,
      source_row BIGINT NOT NULL
    )`,
    `CREATE TABLE feedback (
      customer_id BIGINT,
      kind VARCHAR NOT NULL,
      created_at TIMESTAMP NOT NULL,
      rating DOUBLE,
      body VARCHAR NOT NULL,
      order_external_id VARCHAR,
      fingerprint UHUGEINT NOT NULL,
      occurrence INTEGER NOT NULL,
      import_id INTEGER NOT NULL,
      source_row BIGINT NOT NULL
    )`,
    `CREATE TABLE customer_attributes (
      customer_id BIGINT NOT NULL,
      kind VARCHAR NOT NULL,
      name VARCHAR NOT NULL,
      value VARCHAR,
      source VARCHAR NOT NULL,
      import_id INTEGER NOT NULL,
      recorded_at TIMESTAMP NOT NULL
    )`,
    `CREATE TABLE consents (
      customer_id BIGINT NOT NULL,
      channel VARCHAR NOT NULL,
      status VARCHAR NOT NULL,
      source VARCHAR NOT NULL,
      recorded_at TIMESTAMP NOT NULL,
      import_id INTEGER NOT NULL
    )`,
    `CREATE TABLE quarantine (
      import_id INTEGER NOT NULL,
      file_name VARCHAR NOT NULL,
      row_no BIGINT NOT NULL,
      column_name VARCHAR,
      raw_value VARCHAR,
      code VARCHAR NOT NULL,
      reason VARCHAR NOT NULL,
      raw_row JSON
    )`,
  ],
};
