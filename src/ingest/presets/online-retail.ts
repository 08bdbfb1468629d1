import type { Preset } from './preset.ts';

/** UCI Online Retail (id 352): one row per invoice line; `C` invoices are cancellations. */
export const onlineRetail: Preset = {
  id: 'online-retail',
  label: 'UCI Online Retail',
  kind: 'orders',
  source: 'online_retail',
  signature: ['InvoiceNo', 'StockCode', 'InvoiceDate', 'UnitPrice', 'CustomerID'],
  columns: {
    order_id: ['InvoiceNo'],
    order_date: ['InvoiceDate'],
    customer_id: ['CustomerID'],
    sku: ['StockCode'],
    product_name: ['Description'],
    quantity: ['Quantity'],
    unit_price: ['UnitPrice'],
    country: ['Country'],
  },
  returns: { orderIdPrefix: 'C' },
};

/** UCI Online Retail II (id 502): same layout with renamed columns (`Customer ID` has a space). */
export const onlineRetailII: Preset = {
  ...onlineRetail,
  id: 'online-retail-ii',
  label: 'UCI Online Retail II',
  signature: ['Invoice', 'StockCode', 'InvoiceDate', 'Price', 'Customer ID'],
  columns: {
    ...onlineRetail.columns,
    order_id: ['Invoice'],
    unit_price: ['Price'],
    customer_id: ['Customer ID'],
  },
};
