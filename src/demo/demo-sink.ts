import type { CsvWriter } from './csv-writer.ts';

/** The four open output files and the running order numbers, shared by every customer's step. */
export interface DemoSink {
  customers: CsvWriter;
  orders: CsvWriter;
  reviews: CsvWriter;
  events: CsvWriter;
  /** Sale orders and return orders written so far; the next ids follow on. */
  counts: { orders: number; returns: number };
}
