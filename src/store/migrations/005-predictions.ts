import type { Migration } from './migration.ts';

/**
 * Prediction runs (BTYD and the classifiers), per-customer predictions, and the customer profile
 * re-declared with the stored predictions in place of migration 2's NULL placeholders.
 * churn_probability is 1 − P(alive) from the chosen purchase model.
 */
export const predictions: Migration = {
  version: 5,
  name: 'predictions',
  statements: [
    `CREATE TABLE prediction_runs (
      run_id VARCHAR PRIMARY KEY,
      kind VARCHAR NOT NULL,
      model VARCHAR NOT NULL,
      created_at TIMESTAMP NOT NULL,
      as_of DATE,
      inputs JSON NOT NULL,
      report JSON NOT NULL
    )`,
    `CREATE TABLE customer_propensity (
      customer_id BIGINT PRIMARY KEY,
      run_id VARCHAR NOT NULL,
      horizon_days INTEGER NOT NULL,
      purchase_propensity DOUBLE NOT NULL,
      explanation JSON
    )`,
    `CREATE TABLE customer_predictions (
      customer_id BIGINT PRIMARY KEY,
      run_id VARCHAR NOT NULL,
      as_of DATE NOT NULL,
      horizon_days INTEGER NOT NULL,
      historic_clv DOUBLE NOT NULL,
      predicted_clv DOUBLE NOT NULL,
      predicted_clv_low DOUBLE,
      predicted_clv_high DOUBLE,
      total_clv DOUBLE NOT NULL,
      predicted_number_of_orders DOUBLE NOT NULL,
      predicted_number_of_orders_low DOUBLE,
      predicted_number_of_orders_high DOUBLE,
      p_alive DOUBLE NOT NULL,
      churn_probability DOUBLE NOT NULL,
      expected_date_of_next_order DATE,
      average_days_between_orders DOUBLE,
      expected_average_order_value DOUBLE
    )`,
    `CREATE OR REPLACE VIEW customer_profile AS
      SELECT c.customer_id, c.email, c.first_name, c.last_name, c.city, c.country, c.signup_channel,
        c.accepts_marketing, CAST(c.signup_at AS DATE) AS signup_date,
        f.as_of, f.first_order_date, f.last_order_date, coalesce(f.number_of_orders, 0) AS number_of_orders,
        coalesce(f.number_of_returns, 0) AS number_of_returns, coalesce(f.amount_spent, 0) AS amount_spent,
        f.average_order_value, f.recency_days, f.tenure_days, f.average_days_between_orders, f.returns_rate,
        f.discount_rate, r.r AS rfm_r, r.f AS rfm_f, r.m AS rfm_m,
        CASE WHEN r.r IS NOT NULL THEN CAST(r.r AS VARCHAR) || CAST(r.f AS VARCHAR) || CAST(r.m AS VARCHAR) END AS rfm_score,
        r.rfm_group, l.stage AS lifecycle_stage, t.tier AS value_tier,
        p.churn_probability, p.predicted_clv, p.predicted_number_of_orders, p.expected_date_of_next_order,
        pp.purchase_propensity
      FROM customers c
      LEFT JOIN customer_features f USING (customer_id)
      LEFT JOIN customer_rfm r USING (customer_id)
      LEFT JOIN customer_lifecycle l USING (customer_id)
      LEFT JOIN customer_value_tiers t USING (customer_id)
      LEFT JOIN customer_predictions p USING (customer_id)
      LEFT JOIN customer_propensity pp USING (customer_id)
      WHERE c.merged_into IS NULL`,
  ],
};
