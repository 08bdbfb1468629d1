import type { Preset } from './preset.ts';

/**
 * "Advanced Order Export For WooCommerce" with its default fields and labels, products as rows:
 * order columns repeat on every product row. `Quantity (- Refund)` is net of refunded items.
 */
export const woocommerceAdvancedExport: Preset = {
  id: 'woocommerce-advanced-export',
  label: 'WooCommerce Advanced Order Export',
  kind: 'orders',
  source: 'woocommerce',
  signature: ['Order Number', 'Order Status', 'Order Date', 'Email (Billing)', 'Order Total Amount'],
  columns: {
    order_id: ['Order Number'],
    order_date: ['Order Date'],
    email: ['Email (Billing)'],
    phone: ['Phone (Billing)'],
    first_name: ['First Name (Billing)'],
    last_name: ['Last Name (Billing)'],
    company: ['Company (Billing)'],
    country: ['Country Code (Billing)'],
    region: ['State Code (Billing)'],
    city: ['City (Billing)'],
    postal_code: ['Postcode (Billing)'],
    sku: ['SKU'],
    product_name: ['Item Name'],
    quantity: ['Quantity (- Refund)', 'Quantity'],
    unit_price: ['Item Cost'],
    order_total: ['Order Total Amount'],
    discount_amount: ['Cart Discount Amount'],
    refunded_amount: ['Order Refund Amount'],
    status: ['Order Status'],
  },
  filters: [
    {
      column: 'Order Status',
      dropPattern: '^(pending|pending payment|failed|cancelled|draft|checkout-draft)$',
      code: 'not_a_sale',
      reason: 'order status is {value}; unpaid, failed and cancelled orders are not sales',
    },
  ],
};
