import type { Preset } from './preset.ts';
import { STRIPE_CARD_COLUMNS } from './stripe-card-columns.ts';

/**
 * Stripe Dashboard payments export (`unified_payments.csv`, and the older `payments.csv`): one
 * row per charge attempt, no line items. A refund stays on its charge's row (`Amount Refunded`).
 */
export const stripePayments: Preset = {
  id: 'stripe-payments',
  label: 'Stripe payments',
  kind: 'orders',
  source: 'stripe',
  // The created-date header differs by generation (`Created date (UTC)` / `Created (UTC)`).
  signature: ['id', 'Amount', 'Amount Refunded', 'Converted Amount', 'Status', 'Captured', 'Customer Email'],
  columns: {
    order_id: ['id'],
    order_date: ['Created date (UTC)', 'Created (UTC)'],
    customer_id: ['Customer ID'],
    email: ['Customer Email'],
    phone: ['Customer Phone'],
    line_amount: ['Amount'],
    refunded_amount: ['Amount Refunded'],
    refunded_at: ['Refunded date (UTC)'],
    currency: ['Currency'],
    status: ['Status'],
  },
  filters: [
    {
      column: 'id',
      dropPattern: '^$',
      code: 'not_a_charge',
      reason: 'the payment has no charge id (an incomplete checkout); only charges are sales',
    },
    {
      column: 'Mode',
      dropPattern: '^test$',
      code: 'test_payment',
      reason: 'payment mode is {value}; test payments are not sales',
    },
    {
      column: 'Status',
      keep: ['Paid', 'Refunded'],
      code: 'not_a_sale',
      reason: 'payment status is {value}; only paid and refunded charges are sales',
    },
  ],
  ignoreColumns: STRIPE_CARD_COLUMNS,
};
