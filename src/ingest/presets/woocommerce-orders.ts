import type { Preset } from './preset.ts';

/**
 * WooCommerce "Customer / Order / Coupon Export" (SkyVerge), formats "Default" (one row per
 * order, items packed in `line_items`) and "Default - One Row per Item" (order columns repeated
 * on every item row). Guests have `customer_id` 0, so customers are keyed by billing email.
 */
export const woocommerceOrders: Preset = {
  id: 'woocommerce-orders',
  label: 'WooCommerce order export (SkyVerge)',
  kind: 'orders',
  source: 'woocommerce',
  signature: [
    'order_id',
    'order_number',
    'date',
    'status',
    'order_total',
    'refunded_total',
    'order_currency',
    'billing_email',
  ],
  columns: {
    order_id: ['order_id'],
    order_date: ['date'],
    email: ['billing_email'],
    phone: ['billing_phone'],
    first_name: ['billing_first_name'],
    last_name: ['billing_last_name'],
    company: ['billing_company'],
    country: ['billing_country'],
    region: ['billing_state'],
    city: ['billing_city'],
    postal_code: ['billing_postcode'],
    sku: ['item_sku'],
    product_name: ['item_name'],
    quantity: ['item_quantity'],
    unit_price: ['item_price'],
    // After discounts, before tax.
    line_amount: ['item_total'],
    order_total: ['order_total'],
    discount_amount: ['discount_total'],
    refunded_amount: ['refunded_total'],
    currency: ['order_currency'],
    status: ['status'],
  },
  filters: [
    {
      column: 'status',
      dropPattern: '^(pending|failed|cancelled|checkout-draft|trash)$',
      code: 'not_a_sale',
      reason: 'order status is {value}; unpaid, failed and cancelled orders are not sales',
    },
  ],
};
