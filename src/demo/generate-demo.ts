import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildCalendar } from './calendar.ts';
import { checkDemoOptions } from './check-demo-options.ts';
import { CsvWriter } from './csv-writer.ts';
import { DEMO_HEADERS } from './demo-headers.ts';
import type { DemoOptions } from './demo-options.ts';
import type { DemoSink } from './demo-sink.ts';
import type { DemoFiles, DemoSummary } from './demo-summary.ts';
import { simulateCustomer } from './simulate-customer.ts';

/**
 * Writes a synthetic bakery-café with an online shop as four CSV exports (customers, order lines,
 * reviews, events) covering the two years up to `endDate`. Customers are generated one at a
 * time and the files are streamed, so a million customers need no more memory than a thousand.
 * The same options always give the same bytes.
 *
 * @example
 * const demo = await generateDemo({ customers: 5000, seed: 42, outDir: '/tmp/patron-demo' });
 * demo.files.orders; // '/tmp/patron-demo/orders.csv'
 */
export async function generateDemo(options: DemoOptions): Promise<DemoSummary> {
  const { customers, seed, endDate, outDir } = checkDemoOptions(options);
  const dir = resolve(outDir);
  mkdirSync(dir, { recursive: true });
  const files: DemoFiles = {
    customers: join(dir, 'customers.csv'),
    orders: join(dir, 'orders.csv'),
    reviews: join(dir, 'reviews.csv'),
    events: join(dir, 'events.csv'),
  };
  const sink: DemoSink = {
    customers: new CsvWriter(files.customers, DEMO_HEADERS.customers),
    orders: new CsvWriter(files.orders, DEMO_HEADERS.orders),
    reviews: new CsvWriter(files.reviews, DEMO_HEADERS.reviews),
    events: new CsvWriter(files.events, DEMO_HEADERS.events),
    counts: { orders: 0, returns: 0 },
  };
  const writers = [sink.customers, sink.orders, sink.reviews, sink.events];
  const run = { customers, seed, calendar: buildCalendar(endDate) };
  try {
    for (let index = 0; index < customers; index++) {
      simulateCustomer(index, run, sink);
      for (const writer of writers) if (writer.full) await writer.flush();
    }
    const [customerRows, orderLines, reviews, events] = await Promise.all(writers.map((w) => w.close()));
    return {
      files,
      customers: customerRows!,
      orders: sink.counts.orders,
      orderLines: orderLines!,
      returns: sink.counts.returns,
      reviews: reviews!,
      events: events!,
    };
  } catch (error) {
    for (const writer of writers) writer.abort();
    throw error;
  }
}
