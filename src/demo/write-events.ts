import type { SeededRandom } from '../models/random/index.ts';
import type { Calendar } from './calendar.ts';
import { clockText } from './clock-text.ts';
import type { DemoSink } from './demo-sink.ts';
import type { PlacedOrder } from './write-orders.ts';

const TYPES = ['email_open', 'email_click', 'site_visit', 'add_to_cart'] as const;
const [OPEN, CLICK, VISIT, CART] = [0, 1, 2, 3];
// Customers count as engaged until 45 days after their last order; after that they mostly ignore emails.
const ENGAGED_DAYS = 45;

/**
 * Writes the web and email events of a customer who gave an email, in time order: newsletter
 * opens and clicks (frequent while they buy, rare once they lapse), a visit and add-to-cart
 * before each online order, and some browsing that ends without an order. Returns the count.
 *
 * @example
 * writeEvents(sink, rng, profile, orders, calendar); // e.g. 6
 */
export function writeEvents(
  sink: DemoSink,
  rng: SeededRandom,
  customer: { id: string; email: string; acceptsMarketing: boolean; signupDay: number },
  orders: readonly PlacedOrder[],
  calendar: Calendar,
): number {
  if (customer.email === '') return 0;
  const stamps: number[] = [];
  // One number per event: the second since the window opened, times 4, plus the event type.
  const add = (day: number, second: number, type: number) => {
    const at = day * 86_400 + Math.max(0, Math.round(second));
    if (at < calendar.days * 86_400) stamps.push(at * 4 + type);
  };
  const engagedUntil = (orders.at(-1)?.day ?? customer.signupDay) + ENGAGED_DAYS;

  if (customer.acceptsMarketing) {
    for (const day of calendar.newsletterDays) {
      if (day < customer.signupDay || !rng.chance(day <= engagedUntil ? 0.25 : 0.03)) continue;
      const opened = 10 * 3600 + rng.exponential(4 * 3600);
      add(day, opened, OPEN);
      if (rng.chance(0.3)) {
        add(day, opened + rng.int(5, 300), CLICK);
        add(day, opened + rng.int(310, 400), VISIT);
      }
    }
  }
  for (const order of orders) {
    if (!order.online) continue;
    add(order.day, order.secondOfDay - rng.int(240, 1500), VISIT);
    add(order.day, order.secondOfDay - rng.int(30, 200), CART);
  }
  // Browsing that ends without an order, about every five months while engaged.
  const firstDay = orders[0]?.day ?? customer.signupDay;
  const browseGap = () => 1 + Math.floor(rng.exponential(150));
  for (let day = firstDay + browseGap(); day <= engagedUntil; day += browseGap()) {
    const second = rng.int(7 * 3600, 23 * 3600);
    add(day, second, VISIT);
    if (rng.chance(0.3)) add(day, second + rng.int(60, 600), CART);
  }

  stamps.sort((a, b) => a - b);
  for (const stamp of stamps) {
    const at = Math.floor(stamp / 4);
    const day = Math.floor(at / 86_400);
    sink.events.push(
      `${customer.id},${TYPES[stamp % 4]},${calendar.dateText[day]} ${clockText(at % 86_400)}`,
    );
  }
  return stamps.length;
}
