import type { Preset } from './preset.ts';

/**
 * Shopify admin orders export (`orders_export_1.csv`), 79- and 73-column generations: one row per
 * line item; only an order's first row has its totals, status, payment and address fields.
 */
export const shopifyOrders: Preset = {
  id: 'shopify-orders',
  label: 'Shopify orders',
  kind: 'orders',
  source: 'shopify',
  signature: [
    'Name',
    'Financial Status',
    'Created at',
    'Lineitem quantity',
    'Lineitem name',
    'Lineitem price',
  ],
  columns: {
    // `Name` (#1042) is on every row of an order; `Id` is only on the first.
    order_id: ['Name'],
    order_date: ['Created at'],
    email: ['Email'],
    phone: ['Phone'],
    full_name: ['Billing Name'],
    company: ['Billing Company'],
    country: ['Billing Country'],
    region: ['Billing Province'],
    city: ['Billing City'],
    postal_code: ['Billing Zip'],
    accepts_marketing: ['Accepts Marketing'],
    sku: ['Lineitem sku'],
    product_name: ['Lineitem name'],
    quantity: ['Lineitem quantity'],
    unit_price: ['Lineitem price'],
    line_discount: ['Lineitem discount'],
    order_total: ['Total'],
    discount_amount: ['Discount Amount'],
    refunded_amount: ['Refunded Amount'],
    // Shopify writes no refund date; a cancelled order is refunded when it is cancelled.
    refunded_at: ['Cancelled at'],
    currency: ['Currency'],
    channel: ['Source'],
    status: ['Financial Status'],
  },
  filters: [
    {
      column: 'Payment Method',
      dropPattern: 'bogus gateway',
      code: 'test_order',
      scope: 'order',
      reason: 'payment method is {value}; test orders are not sales',
    },
  ],
};
