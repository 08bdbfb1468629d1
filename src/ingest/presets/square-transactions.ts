import type { Preset } from './preset.ts';

/**
 * Square Dashboard Transactions export (2017–2026 layouts): one row per payment or refund;
 * full refunds are separate `Refund` rows with negative amounts. Revenue is `Net Sales`
 * (items after discounts, before tax and tips), as in the Item Sales export.
 */
export const squareTransactions: Preset = {
  id: 'square-transactions',
  label: 'Square transactions',
  kind: 'orders',
  source: 'square',
  signature: ['Date', 'Gross Sales', 'Net Sales', 'Total Collected', 'Net Total', 'Transaction ID'],
  columns: {
    order_id: ['Transaction ID'],
    // The time of day is in separate `Time` and `Time Zone` columns.
    order_date: ['Date'],
    customer_id: ['Customer ID'],
    full_name: ['Customer Name'],
    line_amount: ['Net Sales'],
    channel: ['Channel', 'Source'],
    status: ['Transaction Status'],
  },
  filters: [
    {
      column: 'Transaction Status',
      dropPattern: 'fail|declin|cancel|void',
      code: 'not_a_sale',
      reason: 'transaction status is {value}; only completed transactions are sales',
    },
  ],
  ignoreColumns: ['Card Brand', 'PAN Suffix'],
};
