import type { SeededRandom } from '../models/random/index.ts';
import type { BuyerType } from './buyer-type.ts';
import type { Calendar } from './calendar.ts';
import type { DemoSink } from './demo-sink.ts';
import { type BasketLine, fillBasket } from './fill-basket.ts';
import { orderRow } from './order-row.ts';
import { pickVisitSecond } from './pick-visit-second.ts';
import type { Visit } from './plan-visits.ts';
import type { Product } from './product.ts';

/** What later steps (reviews, events) need to know about an order that was written. */
export interface PlacedOrder {
  day: number;
  secondOfDay: number;
  online: boolean;
  product: Product;
}

type Buyer = { id: string; email: string };

const RETURN_SHARE = 0.015;
// Guests are ~8% of in-store orders: 0.087 guest orders for every known customer's in-store order.
const GUESTS_PER_STORE_ORDER = 0.087;
const GUEST: Buyer = { id: '', email: '' };

/**
 * Writes a customer's orders, one row per line, and alongside them the anonymous guest orders
 * and the returns (a later `R…` order for one line, negative quantity, same price).
 *
 * @example
 * writeOrders(sink, rng, { id: 'C000001', email: 'ava.smith@example.com', type: 'lapser' }, visits, calendar);
 */
export function writeOrders(
  sink: DemoSink,
  rng: SeededRandom,
  buyer: Buyer & { type: BuyerType },
  visits: readonly Visit[],
  calendar: Calendar,
): PlacedOrder[] {
  const card = { stamps: 0 };
  const placed: PlacedOrder[] = [];
  for (const visit of visits) {
    const lines = fillBasket(rng, buyer.type, visit, calendar, visit.online ? undefined : card);
    writeLines(sink, `O${String(++sink.counts.orders).padStart(7, '0')}`, visit, buyer, lines, calendar);
    const { day, secondOfDay, online } = visit;
    placed.push({ day, secondOfDay, online, product: lines[0]!.product });
    if (online && rng.chance(RETURN_SHARE)) writeReturn(sink, rng, visit, buyer, lines, calendar);
    if (!online && rng.chance(GUESTS_PER_STORE_ORDER)) writeGuestOrder(sink, rng, visit, calendar);
  }
  return placed;
}

/** Sends back one undiscounted line (all of it, or one of several) two to nine days later. */
function writeReturn(
  sink: DemoSink,
  rng: SeededRandom,
  sale: Visit,
  buyer: Buyer,
  lines: readonly BasketLine[],
  calendar: Calendar,
): void {
  const returnable = lines.filter((line) => line.discountPence === 0);
  const day = sale.day + rng.int(2, 9);
  if (returnable.length === 0 || day >= calendar.days) return;
  const line = rng.pick(returnable);
  const quantity = line.quantity > 1 && rng.chance(0.5) ? 1 : line.quantity;
  const when = { ...sale, day, secondOfDay: rng.int(9 * 3600, 17 * 3600) };
  const returnId = `R${String(++sink.counts.returns).padStart(6, '0')}`;
  writeLines(sink, returnId, when, buyer, [{ ...line, quantity: -quantity }], calendar);
}

/** Someone who is not a known customer buys in the shop the same day. */
function writeGuestOrder(sink: DemoSink, rng: SeededRandom, visit: Visit, calendar: Calendar): void {
  const weekend = calendar.factors[visit.day]!.weekend;
  const secondOfDay = pickVisitSecond(rng, { online: false, weekend });
  const guestVisit = { ...visit, occasion: false, secondOfDay };
  const lines = fillBasket(rng, 'guest', guestVisit, calendar, undefined);
  writeLines(sink, `O${String(++sink.counts.orders).padStart(7, '0')}`, guestVisit, GUEST, lines, calendar);
}

function writeLines(
  sink: DemoSink,
  orderId: string,
  visit: Visit,
  buyer: Buyer,
  lines: readonly BasketLine[],
  calendar: Calendar,
): void {
  const date = calendar.dateText[visit.day]!;
  const { secondOfDay, online } = visit;
  for (const line of lines) {
    sink.orders.push(
      orderRow({ orderId, date, secondOfDay, customerId: buyer.id, email: buyer.email, ...line, online }),
    );
  }
}
