import { CATALOGUE } from './catalogue.ts';
import { clockText } from './clock-text.ts';
import { csvField } from './csv-field.ts';
import { moneyText } from './money-text.ts';
import type { Product } from './product.ts';

// sku, product_name and category never change, so each product's three columns are joined once.
const PRODUCT_COLUMNS = new Map(CATALOGUE.map((p) => [p, `${p.sku},${csvField(p.name)},${p.category}`]));

/** What goes on one row of orders.csv. */
export interface OrderRowFields {
  orderId: string;
  date: string;
  secondOfDay: number;
  customerId: string;
  email: string;
  product: Product;
  quantity: number;
  unitPence: number;
  discountPence: number;
  online: boolean;
}

/**
 * One orders.csv row: `order_id,order_date,customer_id,email,sku,product_name,category,quantity,
 * unit_price,line_discount,channel,currency`. A zero discount is left empty, as shop exports do.
 *
 * @example
 * orderRow({ orderId: 'O0000001', date: '2025-01-04', secondOfDay: 30_000, customerId: 'C000001', email: '', product, quantity: 1, unitPence: 480, discountPence: 0, online: false });
 * // 'O0000001,2025-01-04 08:20:00,C000001,,BRD-001,Sourdough Loaf,Bread,1,4.80,,in_store,GBP'
 */
export function orderRow(row: OrderRowFields): string {
  const discount = row.discountPence === 0 ? '' : moneyText(row.discountPence);
  return `${row.orderId},${row.date} ${clockText(row.secondOfDay)},${row.customerId},${row.email},${PRODUCT_COLUMNS.get(row.product)},${row.quantity},${moneyText(row.unitPence)},${discount},${row.online ? 'online' : 'in_store'},GBP`;
}
