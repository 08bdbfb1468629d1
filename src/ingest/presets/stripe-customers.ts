import type { Preset } from './preset.ts';
import { STRIPE_CARD_COLUMNS } from './stripe-card-columns.ts';

/**
 * Stripe Dashboard customers export (`unified_customers.csv`): one row per customer with
 * Stripe's lifetime totals (kept as attributes). Card columns are left out.
 */
export const stripeCustomers: Preset = {
  id: 'stripe-customers',
  label: 'Stripe customers',
  kind: 'customers',
  source: 'stripe',
  signature: ['id', 'Email', 'Name', 'Delinquent', 'Total Spend', 'Payment Count'],
  columns: {
    customer_id: ['id'],
    email: ['Email'],
    full_name: ['Name'],
    signup_date: ['Created (UTC)', 'Created date (UTC)'],
  },
  ignoreColumns: STRIPE_CARD_COLUMNS,
};
