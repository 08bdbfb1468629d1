import type { Migration } from './migration.ts';

/** Customer features, RFM, lifecycle, tiers and saved segments with their history and outbox. */
export const featuresAndSegments: Migration = {
  version: 2,
  name: 'features and segments',
  statements: [
    `CREATE TABLE feature_runs (
      as_of DATE NOT NULL,
      refreshed_at TIMESTAMP NOT NULL,
      customers BIGINT NOT NULL
    )`,
    `CREATE TABLE customer_features (
      customer_id BIGINT NOT NULL,
      as_of DATE NOT NULL,
      first_order_date DATE,
      last_order_date DATE,
      number_of_orders INTEGER NOT NULL,
      number_of_returns INTEGER NOT NULL,
      amount_spent DOUBLE NOT NULL,
      average_order_value DOUBLE,
      recency_days INTEGER,
      tenure_days INTEGER,
      average_days_between_orders DOUBLE,
      returns_rate DOUBLE,
      discount_rate DOUBLE
    )`,
    `CREATE TABLE customer_spend_shares (
      customer_id BIGINT NOT NULL,
      dimension VARCHAR NOT NULL,
      key VARCHAR NOT NULL,
      share DOUBLE NOT NULL
    )`,
    `CREATE TABLE customer_event_recency (
      customer_id BIGINT NOT NULL,
      event_type VARCHAR NOT NULL,
      last_event_at TIMESTAMP NOT NULL,
      days_since INTEGER NOT NULL
    )`,
    `CREATE TABLE customer_rfm (
      customer_id BIGINT NOT NULL,
      as_of DATE NOT NULL,
      r INTEGER NOT NULL,
      f INTEGER NOT NULL,
      m INTEGER NOT NULL,
      rfm_group VARCHAR NOT NULL
    )`,
    `CREATE TABLE rfm_history (
      customer_id BIGINT NOT NULL,
      from_group VARCHAR,
      to_group VARCHAR NOT NULL,
      as_of DATE NOT NULL,
      changed_at TIMESTAMP NOT NULL
    )`,
    `CREATE TABLE customer_lifecycle (
      customer_id BIGINT NOT NULL,
      as_of DATE NOT NULL,
      stage VARCHAR NOT NULL,
      expected_gap_days DOUBLE,
      reason VARCHAR
    )`,
    `CREATE TABLE lifecycle_history (
      customer_id BIGINT NOT NULL,
      from_stage VARCHAR,
      to_stage VARCHAR NOT NULL,
      as_of DATE NOT NULL,
      changed_at TIMESTAMP NOT NULL
    )`,
    `CREATE TABLE customer_value_tiers (
      customer_id BIGINT NOT NULL,
      as_of DATE NOT NULL,
      tier VARCHAR NOT NULL
    )`,
    // One row per live customer: what segment rules and the dashboard read.
    `CREATE VIEW customer_profile AS
      SELECT c.customer_id, c.email, c.first_name, c.last_name, c.city, c.country, c.signup_channel,
        c.accepts_marketing, CAST(c.signup_at AS DATE) AS signup_date,
        f.as_of, f.first_order_date, f.last_order_date, coalesce(f.number_of_orders, 0) AS number_of_orders,
        coalesce(f.number_of_returns, 0) AS number_of_returns, coalesce(f.amount_spent, 0) AS amount_spent,
        f.average_order_value, f.recency_days, f.tenure_days, f.average_days_between_orders, f.returns_rate,
        f.discount_rate, r.r AS rfm_r, r.f AS rfm_f, r.m AS rfm_m,
        CASE WHEN r.r IS NOT NULL THEN CAST(r.r AS VARCHAR) || CAST(r.f AS VARCHAR) || CAST(r.m AS VARCHAR) END AS rfm_score,
        r.rfm_group, l.stage AS lifecycle_stage, t.tier AS value_tier,
        NULL::DOUBLE AS churn_probability, NULL::DOUBLE AS predicted_clv, NULL::DOUBLE AS predicted_number_of_orders,
        NULL::DATE AS expected_date_of_next_order
      FROM customers c
      LEFT JOIN customer_features f USING (customer_id)
      LEFT JOIN customer_rfm r USING (customer_id)
      LEFT JOIN customer_lifecycle l USING (customer_id)
      LEFT JOIN customer_value_tiers t USING (customer_id)
      WHERE c.merged_into IS NULL`,
    `CREATE SEQUENCE segment_id_seq START 1`,
    `CREATE TABLE segments (
      segment_id BIGINT PRIMARY KEY,
      name VARCHAR NOT NULL UNIQUE,
      description VARCHAR,
      rule_text VARCHAR NOT NULL,
      rule_json JSON NOT NULL,
      created_at TIMESTAMP NOT NULL,
      updated_at TIMESTAMP NOT NULL
    )`,
    `CREATE TABLE segment_members (
      segment_id BIGINT NOT NULL,
      customer_id BIGINT NOT NULL,
      entered_at TIMESTAMP NOT NULL,
      exited_at TIMESTAMP
    )`,
    `CREATE TABLE segment_outbox (
      segment_id BIGINT NOT NULL,
      customer_id BIGINT NOT NULL,
      change VARCHAR NOT NULL,
      occurred_at TIMESTAMP NOT NULL,
      delivered_at TIMESTAMP
    )`,
  ],
};
