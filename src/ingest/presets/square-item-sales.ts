import type { Preset } from './preset.ts';

/**
 * Square Dashboard Item Sales detail export (`items-<start>-<end>.csv`, 2017–2026 layouts): one
 * row per item line; refunds are separate `Refund` rows with negative quantity and money.
 */
export const squareItemSales: Preset = {
  id: 'square-item-sales',
  label: 'Square item sales',
  kind: 'orders',
  source: 'square',
  signature: ['Date', 'Item', 'Qty', 'Net Sales', 'Transaction ID', 'Event Type'],
  columns: {
    order_id: ['Transaction ID'],
    // The time of day is in separate `Time` and `Time Zone` columns.
    order_date: ['Date'],
    customer_id: ['Customer ID'],
    full_name: ['Customer Name'],
    sku: ['SKU'],
    product_name: ['Item'],
    category: ['Category'],
    quantity: ['Qty'],
    // Gross sales plus the (negative) discounts.
    line_amount: ['Net Sales'],
    channel: ['Channel'],
  },
  ignoreColumns: ['Card Brand', 'PAN Suffix'],
};
