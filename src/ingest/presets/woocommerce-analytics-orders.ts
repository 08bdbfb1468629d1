import type { Preset } from './preset.ts';

/**
 * WooCommerce Analytics → Orders download (browser or emailed): one row per order with net sales
 * and the billing name, but no email, so every order loads as a guest order.
 */
export const woocommerceAnalyticsOrders: Preset = {
  id: 'woocommerce-analytics-orders',
  label: 'WooCommerce Analytics orders report',
  kind: 'orders',
  source: 'woocommerce',
  signature: ['Date', 'Order #', 'Status', 'Customer', 'Product(s)', 'Items sold'],
  columns: {
    order_id: ['Order #'],
    order_date: ['Date'],
    full_name: ['Customer'],
    // Net sales exclude tax and shipping; refunds are child orders with negative net sales.
    line_amount: ['Net sales', 'N. Revenue'],
    status: ['Status'],
    channel: ['Attribution'],
  },
  filters: [
    {
      column: 'Status',
      dropPattern: '^(pending|pending payment|failed|cancelled|checkout-draft|draft|trash)$',
      code: 'not_a_sale',
      reason: 'order status is {value}; unpaid, failed and cancelled orders are not sales',
    },
  ],
};
