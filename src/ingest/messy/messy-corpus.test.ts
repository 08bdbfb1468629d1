import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { sql } from '../../store/index.ts';
import { type CorpusCase, type Counts, runCase } from './corpus-harness.ts';
import { writeGeneratedFixtures } from './generated-fixtures.ts';

// Every expected value below was worked out by hand from the fixture's content; see each file.

/** The seven counts every loaded step states, in the order the result prints them. */
const counts = (
  read: number,
  loaded: number,
  quarantined: number,
  duplicate: number,
  orders: number,
  returns = 0,
  guestOrders = 0,
): Counts => ({
  rows_read: read,
  rows_loaded: loaded,
  rows_quarantined: quarantined,
  rows_duplicate: duplicate,
  orders,
  returns,
  guest_orders: guestOrders,
});

const ORDERS_BY_ID = sql`SELECT external_id AS id, strftime(ordered_at, '%Y-%m-%d %H:%M') AS at, amount::DOUBLE AS amount
  FROM orders ORDER BY external_id`;
const ORDER_DATES = sql`SELECT external_id AS id, strftime(ordered_at, '%Y-%m-%d %H:%M') AS at FROM orders ORDER BY external_id`;
const CUSTOMER_COUNT = sql`SELECT count(*) AS n FROM customers`;
const BY_EXTERNAL_ID = (
  column: 'phone' | 'country',
) => sql`SELECT i.value AS id, c.${sql.ident(column)} FROM customers c
  JOIN customer_identities i ON i.customer_id = c.customer_id AND i.kind = 'external' ORDER BY 1`;

const fail = (file: string, error: string, options: CorpusCase['steps'][number]['options'] = {}) => ({
  file,
  options,
  expect: { error },
});

const CASES: CorpusCase[] = [
  // Rejected rows: each rule quarantines the row with its spreadsheet row number.
  {
    name: 'rows without an order id are quarantined',
    steps: [
      {
        file: 'missing-order-id.csv',
        expect: {
          counts: counts(5, 3, 2, 0, 2),
          result: { customers: 2 },
          quarantine: [
            { row: 3, code: 'missing_order_id', column: 'order_id' },
            { row: 5, code: 'missing_order_id', column: 'order_id' },
          ],
          checks: [
            {
              query: sql`SELECT external_id AS id, amount::DOUBLE AS amount FROM orders ORDER BY 1`,
              rows: [
                { id: 'A100', amount: 10 },
                { id: 'A101', amount: 14.99 },
              ],
            },
          ],
        },
      },
    ],
  },
  {
    name: 'rows without an order date are quarantined, with their raw row kept',
    steps: [
      {
        file: 'missing-order-date.csv',
        expect: {
          counts: counts(4, 2, 2, 0, 2),
          result: { customers: 2 },
          quarantine: [
            { row: 3, code: 'missing_order_date', column: 'order_date' },
            { row: 5, code: 'missing_order_date', column: 'order_date' },
          ],
          checks: [
            { query: CUSTOMER_COUNT, rows: [{ n: 2 }] },
            {
              query: sql`SELECT json_extract_string(raw_row, 'order_id') AS id, json_extract_string(raw_row, 'amount') AS amount
                FROM quarantine ORDER BY row_no`,
              rows: [
                { id: 'B2', amount: '12.00' },
                { id: 'B4', amount: '1.00' },
              ],
            },
          ],
        },
      },
    ],
  },
  {
    name: 'dates that do not exist or are not dates are quarantined with their raw value',
    steps: [
      {
        file: 'unparseable-date.csv',
        expect: {
          counts: counts(5, 2, 3, 0, 2),
          result: { customers: 2, date_formats: { order_date: 'year-month-day (ISO)' } },
          quarantine: [
            { row: 3, code: 'invalid_order_date', column: 'order_date', value: '2024-05-32' },
            { row: 4, code: 'invalid_order_date', column: 'order_date', value: 'yesterday' },
            { row: 6, code: 'invalid_order_date', column: 'order_date', value: '2024-02-30' },
          ],
          checks: [
            {
              query: ORDER_DATES,
              rows: [
                { id: 'D1', at: '2024-05-01 00:00' },
                { id: 'D4', at: '2024-05-04 10:30' },
              ],
            },
          ],
        },
      },
    ],
  },
  {
    name: 'rows with no readable amount (empty, n/a, half a quantity × price) are quarantined',
    steps: [
      {
        file: 'missing-amount.csv',
        expect: {
          counts: counts(6, 2, 4, 0, 2),
          result: { customers: 2, net_revenue: 10.25 },
          quarantine: [
            { row: 3, code: 'invalid_amount', column: 'amount / quantity / unit_price' },
            { row: 4, code: 'invalid_amount', column: 'amount / quantity / unit_price', value: '1' },
            { row: 5, code: 'invalid_amount', column: 'amount / quantity / unit_price', value: 'n/a' },
            { row: 7, code: 'invalid_amount', column: 'amount / quantity / unit_price', value: 'abc / 2.00' },
          ],
          checks: [
            {
              query: sql`SELECT external_id AS id, amount::DOUBLE AS amount FROM orders ORDER BY 1`,
              rows: [
                { id: 'E1', amount: 6 },
                { id: 'E5', amount: 4.25 },
              ],
            },
          ],
        },
      },
    ],
  },
  {
    name: 'a customer row with neither id nor email is quarantined',
    steps: [
      {
        file: 'customers-no-key.csv',
        expect: {
          counts: counts(4, 3, 1, 0, 0),
          result: { kind: 'customers', customers: 3 },
          quarantine: [{ row: 4, code: 'missing_customer_key', column: 'customer_id / email' }],
          checks: [
            {
              query: sql`SELECT first_name, country FROM customers ORDER BY first_name`,
              rows: [
                { first_name: 'Five', country: null },
                { first_name: 'Kate', country: 'GB' },
                { first_name: 'Luke', country: 'GB' },
              ],
            },
          ],
        },
      },
    ],
  },
  {
    name: 'a customer row whose only keys are an invalid email or phone is quarantined',
    steps: [
      {
        file: 'customers-invalid-key.csv',
        expect: {
          counts: counts(3, 1, 2, 0, 0),
          result: { kind: 'customers', customers: 1 },
          // Whether these rows also count as "cleared, row kept" is the bug case below.
          ignoreWarnings: ['invalid_email', 'invalid_phone'],
          quarantine: [
            {
              row: 2,
              code: 'missing_customer_key',
              column: 'customer_id / email / phone',
              value: 'not-an-email',
            },
            {
              row: 3,
              code: 'missing_customer_key',
              column: 'customer_id / email / phone',
              value: 'not a phone',
            },
          ],
          checks: [{ query: CUSTOMER_COUNT, rows: [{ n: 1 }] }],
        },
      },
    ],
  },
  {
    name: "quarantined rows are not counted in the 'cleared; the rows were kept' warnings",
    steps: [
      {
        file: 'customers-invalid-key.csv',
        expect: {
          counts: counts(3, 1, 2, 0, 0),
          warnings: {},
          quarantine: [
            { row: 2, code: 'missing_customer_key', column: 'customer_id / email / phone' },
            { row: 3, code: 'missing_customer_key', column: 'customer_id / email / phone' },
          ],
        },
      },
    ],
  },
  {
    name: 'events need a type and a readable time',
    steps: [
      {
        file: 'events.csv',
        expect: {
          counts: counts(4, 2, 2, 0, 0),
          result: { kind: 'events', customers: 2 },
          quarantine: [
            { row: 3, code: 'missing_event_type', column: 'event_type' },
            { row: 4, code: 'invalid_occurred_at', column: 'occurred_at', value: 'not a time' },
          ],
          checks: [
            {
              query: sql`SELECT event_type, strftime(occurred_at, '%Y-%m-%d %H:%M') AS at, source_row FROM events ORDER BY source_row`,
              rows: [
                { event_type: 'page_view', at: '2024-05-01 10:00', source_row: 2 },
                { event_type: 'purchase', at: '2024-05-02 12:00', source_row: 5 },
              ],
            },
            { query: CUSTOMER_COUNT, rows: [{ n: 2 }] },
          ],
        },
      },
    ],
  },
  {
    name: 'feedback needs a date and a text',
    steps: [
      {
        file: 'feedback.csv',
        expect: {
          counts: counts(4, 2, 2, 0, 0),
          result: { kind: 'feedback', customers: 1 },
          quarantine: [
            { row: 3, code: 'missing_body', column: 'review' },
            { row: 4, code: 'missing_created_at', column: 'review_date' },
          ],
          checks: [
            {
              query: sql`SELECT kind, strftime(created_at, '%Y-%m-%d') AS at, rating, body FROM feedback ORDER BY created_at`,
              rows: [
                { kind: 'review', at: '2024-06-01', rating: 5, body: 'Lovely bread' },
                { kind: 'review', at: '2024-06-03', rating: 4, body: 'Good, again' },
              ],
            },
          ],
        },
      },
    ],
  },
  {
    name: "a feedback file whose date column is headed 'date' (a created_at synonym) imports",
    steps: [{ file: 'feedback-date-header.csv', expect: { counts: counts(1, 1, 0, 0, 0) } }],
  },

  // Invalid optional values are cleared, the row is kept, and a warning counts them.
  {
    name: 'invalid emails are cleared with a warning; the rows are kept',
    steps: [
      {
        file: 'bad-email.csv',
        expect: {
          counts: counts(5, 5, 0, 0, 5),
          result: { customers: 5 },
          warnings: { invalid_email: 3 },
          checks: [
            {
              query: sql`SELECT email FROM customers WHERE email IS NOT NULL`,
              rows: [{ email: 'c1@example.com' }],
            },
            { query: CUSTOMER_COUNT, rows: [{ n: 5 }] },
          ],
        },
      },
    ],
  },
  {
    name: 'unreadable phones are cleared with a warning; readable ones become E.164',
    steps: [
      {
        file: 'bad-phone.csv',
        expect: {
          counts: counts(5, 5, 0, 0, 0),
          result: { kind: 'customers', customers: 5 },
          warnings: { invalid_phone: 2 },
          checks: [
            {
              query: BY_EXTERNAL_ID('phone'),
              rows: [
                { id: 'generic:P1', phone: '+447700900123' },
                { id: 'generic:P2', phone: null },
                { id: 'generic:P3', phone: null },
                { id: 'generic:P4', phone: '+442079460018' },
                { id: 'generic:P5', phone: null },
              ],
            },
          ],
        },
      },
    ],
  },
  {
    name: 'values that are not countries are cleared with a warning',
    steps: [
      {
        file: 'unknown-country.csv',
        expect: {
          counts: counts(5, 5, 0, 0, 0),
          result: { kind: 'customers', customers: 5 },
          warnings: { unknown_country: 3 },
          checks: [
            {
              query: sql`SELECT email, country FROM customers ORDER BY email`,
              rows: [
                { email: 'a1@example.com', country: 'GB' },
                { email: 'a2@example.com', country: null },
                { email: 'a3@example.com', country: null },
                { email: 'a4@example.com', country: null },
                { email: 'a5@example.com', country: null },
              ],
            },
          ],
        },
      },
    ],
  },

  // Normalisation.
  {
    name: 'emails are trimmed and lower-cased, so two spellings are one customer',
    steps: [
      {
        file: 'email-normalise.csv',
        expect: {
          counts: counts(3, 3, 0, 0, 3),
          result: { customers: 2 },
          checks: [
            {
              query: sql`SELECT email FROM customers ORDER BY email`,
              rows: [{ email: 'alice@example.com' }, { email: 'bob@example.org' }],
            },
            {
              query: sql`SELECT count(DISTINCT customer_id) AS n FROM orders WHERE external_id IN ('G1', 'G2')`,
              rows: [{ n: 1 }],
            },
          ],
        },
      },
    ],
  },
  {
    name: 'phones in national, international, 00 and apostrophe forms become E.164 (default GB)',
    steps: [
      {
        file: 'phones-e164.csv',
        expect: {
          counts: counts(6, 6, 0, 0, 0),
          result: { kind: 'customers', customers: 6 },
          checks: [
            {
              query: BY_EXTERNAL_ID('phone'),
              rows: [
                { id: 'generic:T1', phone: '+447700900123' },
                { id: 'generic:T2', phone: '+447700900124' },
                { id: 'generic:T3', phone: '+447700900125' },
                { id: 'generic:T4', phone: '+442079460018' },
                { id: 'generic:T5', phone: '+14155552671' },
                { id: 'generic:T6', phone: '+447700900126' },
              ],
            },
          ],
        },
      },
    ],
  },
  {
    name: 'country names, aliases and alpha-3 codes become ISO alpha-2',
    steps: [
      {
        file: 'countries.csv',
        expect: {
          counts: counts(9, 9, 0, 0, 0),
          result: { kind: 'customers', customers: 9 },
          checks: [
            {
              query: BY_EXTERNAL_ID('country'),
              rows: [
                { id: 'generic:N1', country: 'GB' },
                { id: 'generic:N2', country: 'GB' },
                { id: 'generic:N3', country: 'GB' },
                { id: 'generic:N4', country: 'DE' },
                { id: 'generic:N5', country: 'IE' },
                { id: 'generic:N6', country: 'FR' },
                { id: 'generic:N7', country: 'US' },
                { id: 'generic:N8', country: 'NL' },
                { id: 'generic:N9', country: 'US' },
              ],
            },
          ],
        },
      },
    ],
  },
  {
    name: 'currency symbols and lower-case codes become ISO 4217',
    steps: [
      {
        file: 'currencies.csv',
        expect: {
          counts: counts(6, 6, 0, 0, 6),
          result: { customers: 1 },
          checks: [
            {
              query: sql`SELECT external_id AS id, currency FROM orders ORDER BY 1`,
              rows: [
                { id: 'H1', currency: 'GBP' },
                { id: 'H2', currency: 'EUR' },
                { id: 'H3', currency: 'USD' },
                { id: 'H4', currency: 'USD' },
                { id: 'H5', currency: 'GBP' },
                { id: 'H6', currency: 'EUR' },
              ],
            },
          ],
        },
      },
    ],
  },

  // Dates: one family per column, inferred from all its values.
  {
    name: 'ISO dates with times, T, Z, slashes and offsets keep the stated wall-clock time',
    steps: [
      {
        file: 'dates-iso.csv',
        expect: {
          counts: counts(5, 5, 0, 0, 5),
          result: { date_formats: { order_date: 'year-month-day (ISO)' } },
          checks: [
            {
              query: ORDER_DATES,
              rows: [
                { id: 'I1', at: '2024-03-05 00:00' },
                { id: 'I2', at: '2024-03-06 14:30' },
                { id: 'I3', at: '2024-03-07 09:15' },
                { id: 'I4', at: '2024-03-08 00:00' },
                { id: 'I5', at: '2024-03-09 23:59' },
              ],
            },
          ],
        },
      },
    ],
  },
  {
    name: 'a column with a day above 12 in second place reads as M/D/Y',
    steps: [
      {
        file: 'dates-mdy.csv',
        expect: {
          counts: counts(4, 4, 0, 0, 4),
          result: { date_formats: { order_date: 'month/day/year (US)' } },
          checks: [
            {
              query: ORDER_DATES,
              rows: [
                { id: 'J1', at: '2024-03-15 00:00' },
                { id: 'J2', at: '2024-04-01 00:00' },
                { id: 'J3', at: '2023-12-31 18:05' },
                { id: 'J4', at: '2024-07-04 00:00' },
              ],
            },
          ],
        },
      },
    ],
  },
  {
    name: 'a column with a day above 12 in first place reads as D/M/Y (slashes, dots, dashes)',
    steps: [
      {
        file: 'dates-dmy.csv',
        expect: {
          counts: counts(4, 4, 0, 0, 4),
          result: { date_formats: { order_date: 'day/month/year' } },
          checks: [
            {
              query: ORDER_DATES,
              rows: [
                { id: 'L1', at: '2024-03-15 00:00' },
                { id: 'L2', at: '2024-04-01 00:00' },
                { id: 'L3', at: '2023-12-31 00:00' },
                { id: 'L4', at: '2024-06-05 08:00' },
              ],
            },
          ],
        },
      },
    ],
  },
  {
    name: 'a column that reads both ways is an ambiguous_date error, and --date-format settles it',
    steps: [
      fail('dates-ambiguous.csv', 'ambiguous_date'),
      {
        file: 'dates-ambiguous.csv',
        options: { dateFormat: 'DMY' },
        expect: {
          counts: counts(3, 3, 0, 0, 3),
          result: { date_formats: { order_date: 'day/month/year' } },
          checks: [
            {
              query: ORDER_DATES,
              rows: [
                { id: 'M1', at: '2024-02-01 00:00' },
                { id: 'M2', at: '2024-04-03 00:00' },
                { id: 'M3', at: '2024-06-05 00:00' },
              ],
            },
          ],
        },
      },
    ],
  },
  {
    name: 'dates no family reads are unreadable_dates; a strptime --date-format reads them',
    steps: [
      fail('dates-custom.csv', 'unreadable_dates'),
      {
        file: 'dates-custom.csv',
        options: { dateFormat: '%d%m%Y' },
        expect: {
          counts: counts(2, 2, 0, 0, 2),
          result: { date_formats: { order_date: '%d%m%Y' } },
          checks: [
            {
              query: ORDER_DATES,
              rows: [
                { id: 'Q1', at: '2024-03-05 00:00' },
                { id: 'Q2', at: '2024-12-25 00:00' },
              ],
            },
          ],
        },
      },
    ],
  },
  {
    name: 'each date column is inferred on its own (M/D/Y order date, D/M/Y refund date)',
    steps: [
      {
        file: 'dates-per-column.csv',
        expect: {
          counts: counts(2, 2, 0, 0, 2, 1),
          result: {
            orders_created: 3,
            date_formats: { order_date: 'month/day/year (US)', refunded_at: 'day/month/year' },
          },
          checks: [
            {
              query: sql`SELECT external_id AS id, kind, strftime(ordered_at, '%Y-%m-%d') AS at, amount::DOUBLE AS amount, return_of
                FROM orders ORDER BY 1`,
              rows: [
                { id: 'R1', kind: 'sale', at: '2024-01-13', amount: 20, return_of: null },
                { id: 'R1#refund', kind: 'return', at: '2024-01-20', amount: -5, return_of: 'R1' },
                { id: 'R2', kind: 'sale', at: '2024-02-02', amount: 30, return_of: null },
              ],
            },
          ],
        },
      },
    ],
  },
  {
    name: 'yyyymmdd dates',
    steps: [
      {
        file: 'dates-yyyymmdd.csv',
        expect: {
          counts: counts(2, 2, 0, 0, 2),
          result: { date_formats: { order_date: 'yyyymmdd' } },
          checks: [
            {
              query: ORDER_DATES,
              rows: [
                { id: 'S1', at: '2024-03-05 00:00' },
                { id: 'S2', at: '2023-12-31 00:00' },
              ],
            },
          ],
        },
      },
    ],
  },
  {
    name: 'dates with month names',
    steps: [
      {
        file: 'dates-text.csv',
        expect: {
          counts: counts(3, 3, 0, 0, 3),
          result: { date_formats: { order_date: 'day and month name' } },
          checks: [
            {
              query: ORDER_DATES,
              rows: [
                { id: 'U1', at: '2024-03-05 00:00' },
                { id: 'U2', at: '2024-03-07 00:00' },
                { id: 'U3', at: '2024-04-08 00:00' },
              ],
            },
          ],
        },
      },
    ],
  },

  {
    name: 'D-M-Y dates with dashes and no time are read',
    steps: [
      {
        file: 'dates-dmy-dashes.csv',
        expect: {
          counts: counts(2, 2, 0, 0, 2),
          result: { date_formats: { order_date: 'day/month/year' } },
          checks: [
            {
              query: ORDER_DATES,
              rows: [
                { id: 'DD1', at: '2024-03-15 00:00' },
                { id: 'DD2', at: '2024-04-01 00:00' },
              ],
            },
          ],
        },
      },
    ],
  },
  {
    name: 'dd-Mon-yyyy dates are read',
    steps: [
      {
        file: 'dates-text-dashes.csv',
        expect: {
          counts: counts(2, 2, 0, 0, 2),
          result: { date_formats: { order_date: 'day and month name' } },
          checks: [
            {
              query: ORDER_DATES,
              rows: [
                { id: 'TD1', at: '2024-04-08 00:00' },
                { id: 'TD2', at: '2024-05-15 00:00' },
              ],
            },
          ],
        },
      },
    ],
  },

  // Numbers.
  {
    name: 'decimal commas with thousands points, per column',
    steps: [
      {
        file: 'numbers-decimal-comma.csv',
        expect: {
          counts: counts(4, 4, 0, 0, 4),
          result: { net_revenue: 1259.03 },
          checks: [
            {
              query: sql`SELECT source_row AS row, unit_price::DOUBLE AS price, amount::DOUBLE AS amount FROM order_lines ORDER BY 1`,
              rows: [
                { row: 2, price: 4.5, amount: 9 },
                { row: 3, price: 1234.56, amount: 1234.56 },
                { row: 4, price: 0.99, amount: 2.97 },
                { row: 5, price: 12.5, amount: 12.5 },
              ],
            },
          ],
        },
      },
    ],
  },
  {
    name: 'currency symbols and codes, thousands commas, (9.00) and trailing-minus negatives',
    steps: [
      {
        file: 'numbers-money.csv',
        expect: {
          counts: counts(7, 7, 0, 0, 7, 3),
          result: { net_revenue: 2385.85 },
          checks: [
            {
              query: sql`SELECT external_id AS id, kind, amount::DOUBLE AS amount FROM orders ORDER BY 1`,
              rows: [
                { id: 'W1', kind: 'sale', amount: 1149 },
                { id: 'W2', kind: 'return', amount: -9 },
                { id: 'W3', kind: 'sale', amount: 12.5 },
                { id: 'W4', kind: 'sale', amount: 1234.5 },
                { id: 'W5', kind: 'return', amount: -3.25 },
                { id: 'W6', kind: 'return', amount: -5 },
                { id: 'W7', kind: 'sale', amount: 7.1 },
              ],
            },
          ],
        },
      },
    ],
  },

  // Readers.
  {
    name: 'semicolon-delimited, with a comma inside a value',
    steps: [
      {
        file: 'semicolon.csv',
        expect: {
          counts: counts(2, 2, 0, 0, 2),
          checks: [
            {
              query: sql`SELECT name FROM products ORDER BY name`,
              rows: [{ name: 'Coffee' }, { name: 'Tea, green' }],
            },
          ],
        },
      },
    ],
  },
  {
    name: 'tab-delimited, with --currency for a file without a currency column',
    steps: [
      {
        file: 'tab.tsv',
        options: { currency: 'EUR' },
        expect: {
          counts: counts(3, 3, 0, 0, 2),
          checks: [
            {
              query: sql`SELECT external_id AS id, currency, amount::DOUBLE AS amount FROM orders ORDER BY 1`,
              rows: [
                { id: 'Y1', currency: 'EUR', amount: 3 },
                { id: 'Y2', currency: 'EUR', amount: 16 },
              ],
            },
            { query: sql`SELECT count(*) AS n FROM products`, rows: [{ n: 3 }] },
          ],
        },
      },
    ],
  },
  {
    name: 'pipe-delimited',
    steps: [
      {
        file: 'pipe.txt',
        expect: { counts: counts(3, 3, 0, 0, 3), result: { customers: 2 } },
      },
    ],
  },
  {
    name: 'space-aligned text',
    steps: [
      {
        file: 'aligned.txt',
        expect: {
          counts: counts(2, 2, 0, 0, 2),
          result: { date_formats: { order_date: 'yyyymmdd' } },
          checks: [
            {
              query: ORDERS_BY_ID,
              rows: [
                { id: 'AL1', at: '2024-03-01 00:00', amount: 9.99 },
                { id: 'AL2', at: '2024-03-02 00:00', amount: 19.98 },
              ],
            },
          ],
        },
      },
    ],
  },
  {
    name: 'RFC 4180 quotes: doubled quotes, embedded commas and newlines; row numbers count records',
    steps: [
      {
        file: 'quotes.csv',
        expect: {
          counts: counts(4, 3, 1, 0, 3),
          quarantine: [{ row: 5, code: 'missing_order_date', column: 'order_date' }],
          checks: [
            {
              query: sql`SELECT name FROM products ORDER BY name`,
              rows: [
                { name: 'Card, with\na line break' },
                { name: 'Mug "World\'s Best"' },
                { name: 'Plain' },
              ],
            },
            {
              query: sql`SELECT json_extract_string(raw_row, 'product_name') AS name FROM quarantine`,
              rows: [{ name: 'Two\nline\nname' }],
            },
            {
              query: sql`SELECT source_row FROM order_lines ORDER BY 1`,
              rows: [{ source_row: 2 }, { source_row: 3 }, { source_row: 4 }],
            },
          ],
        },
      },
    ],
  },
  {
    name: 'a UTF-8 BOM does not leak into the first header',
    steps: [
      {
        file: 'bom.csv',
        expect: {
          counts: counts(2, 2, 0, 0, 2),
          result: {
            mapping: {
              order_id: 'order_id',
              order_date: 'order_date',
              customer_id: 'customer_id',
              line_amount: 'amount',
            },
            unmapped_columns: [],
          },
        },
      },
    ],
  },
  {
    name: 'CRLF line ends do not leak into the last column',
    steps: [
      {
        file: 'crlf.csv',
        expect: {
          counts: counts(2, 2, 0, 0, 2),
          checks: [
            {
              query: sql`SELECT email FROM customers ORDER BY 1`,
              rows: [{ email: 'cr1@example.com' }, { email: 'cr2@example.com' }],
            },
          ],
        },
      },
    ],
  },
  {
    name: 'Windows-1252 bytes (é, è, ê, €) are read as text',
    steps: [
      {
        file: 'windows-1252.csv',
        expect: {
          counts: counts(2, 2, 0, 0, 2),
          checks: [
            {
              query: sql`SELECT name FROM products ORDER BY 1`,
              rows: [{ name: 'Café crème' }, { name: 'Crêpe' }],
            },
            {
              query: sql`SELECT external_id AS id, currency FROM orders ORDER BY 1`,
              rows: [
                { id: 'CP1', currency: 'EUR' },
                { id: 'CP2', currency: 'EUR' },
              ],
            },
          ],
        },
      },
    ],
  },
  {
    name: 'a Windows-1252 byte past the sniffed head (UTF-8 so far) is still read as text',
    steps: [
      {
        file: 'late-windows-1252.csv',
        expect: {
          counts: counts(10_001, 10_001, 0, 0, 10_001),
          result: { customers: 7 },
          checks: [
            { query: sql`SELECT name FROM products ORDER BY 1`, rows: [{ name: 'Bread' }, { name: 'Café' }] },
          ],
        },
      },
    ],
  },
  {
    name: 'gzip of Windows-1252 text',
    steps: [
      {
        file: 'windows-1252.csv.gz',
        expect: {
          counts: counts(1, 1, 0, 0, 1),
          checks: [{ query: sql`SELECT name FROM products`, rows: [{ name: 'Crème brûlée' }] }],
        },
      },
    ],
  },
  {
    name: 'UTF-16LE with a BOM',
    steps: [
      {
        file: 'utf-16le.csv',
        expect: {
          counts: counts(1, 1, 0, 0, 1),
          checks: [{ query: sql`SELECT name FROM products`, rows: [{ name: 'Crêpe' }] }],
        },
      },
    ],
  },
  {
    name: 'gzip, with the compressed file named in quarantine',
    steps: [
      {
        file: 'orders.csv.gz',
        expect: {
          counts: counts(3, 2, 1, 0, 2),
          result: { file: 'orders.csv.gz' },
          quarantine: [{ row: 3, code: 'invalid_order_date', column: 'order_date', value: 'not a date' }],
        },
      },
    ],
  },
  {
    name: 'Parquet: typed columns become text; a float customer id 17850.0 is 17850',
    steps: [
      {
        file: 'orders.parquet',
        expect: {
          counts: counts(2, 2, 0, 0, 2, 0, 1),
          result: { guest_lines: 1, customers: 1 },
          warnings: { guest_rows: 1 },
          checks: [
            {
              query: sql`SELECT value FROM customer_identities WHERE kind = 'external'`,
              rows: [{ value: 'generic:17850' }],
            },
            {
              query: ORDERS_BY_ID,
              rows: [
                { id: 'PQ1', at: '2024-08-01 00:00', amount: 7 },
                { id: 'PQ2', at: '2024-08-02 00:00', amount: 10 },
              ],
            },
          ],
        },
      },
    ],
  },
  {
    name: 'XLSX (first sheet), headers mapped by common names',
    steps: [
      {
        file: 'orders.xlsx',
        expect: {
          counts: counts(3, 2, 1, 0, 2, 0, 1),
          result: { guest_lines: 1, customers: 1 },
          warnings: { guest_rows: 1 },
          quarantine: [{ row: 4, code: 'missing_order_id', column: 'Order ID' }],
          checks: [
            {
              query: sql`SELECT o.external_id AS id, o.amount::DOUBLE AS amount, c.email FROM orders o
                LEFT JOIN customers c ON c.customer_id = o.customer_id ORDER BY 1`,
              rows: [
                { id: 'XL1', amount: 8.5, email: 'xena@example.com' },
                { id: 'XL2', amount: 10, email: null },
              ],
            },
          ],
        },
      },
    ],
  },

  // Returns, refunds and guests.
  {
    name: 'an order whose lines are all negative is a return; a mixed order is a sale',
    steps: [
      {
        file: 'returns-negative.csv',
        expect: {
          counts: counts(7, 7, 0, 0, 4, 2),
          result: { net_revenue: 9 },
          checks: [
            {
              query: sql`SELECT external_id AS id, kind, amount::DOUBLE AS amount FROM orders ORDER BY 1`,
              rows: [
                { id: 'RT1', kind: 'sale', amount: 13 },
                { id: 'RT2', kind: 'return', amount: -5 },
                { id: 'RT3', kind: 'sale', amount: 12 },
                { id: 'RT4', kind: 'return', amount: -11 },
              ],
            },
            { query: sql`SELECT count(*) AS n FROM order_lines WHERE is_return`, rows: [{ n: 4 }] },
          ],
        },
      },
    ],
  },
  {
    name: 'a refunded amount becomes a return order dated at the refund (or the order)',
    steps: [
      {
        file: 'refunds.csv',
        expect: {
          counts: counts(3, 3, 0, 0, 3, 2),
          result: { orders_created: 5, net_revenue: 60 },
          checks: [
            {
              query: sql`SELECT external_id AS id, kind, strftime(ordered_at, '%Y-%m-%d') AS at, amount::DOUBLE AS amount,
                  status, return_of FROM orders ORDER BY 1`,
              rows: [
                { id: 'RF1', kind: 'sale', at: '2024-10-01', amount: 50, status: null, return_of: null },
                {
                  id: 'RF1#refund',
                  kind: 'return',
                  at: '2024-10-05',
                  amount: -20,
                  status: 'refund',
                  return_of: 'RF1',
                },
                { id: 'RF2', kind: 'sale', at: '2024-10-02', amount: 30, status: null, return_of: null },
                { id: 'RF3', kind: 'sale', at: '2024-10-03', amount: 40, status: null, return_of: null },
                {
                  id: 'RF3#refund',
                  kind: 'return',
                  at: '2024-10-03',
                  amount: -40,
                  status: 'refund',
                  return_of: 'RF3',
                },
              ],
            },
          ],
        },
      },
    ],
  },
  {
    name: 'rows with no customer (or only an invalid email) are guest lines; an order is a guest order only if all are',
    steps: [
      {
        file: 'guest-orders.csv',
        expect: {
          counts: counts(8, 8, 0, 0, 6, 0, 2),
          result: { guest_lines: 4, customers: 4 },
          warnings: { invalid_email: 1, guest_rows: 4 },
          checks: [
            {
              query: sql`SELECT external_id AS id FROM orders WHERE customer_id IS NULL ORDER BY 1`,
              rows: [{ id: 'GO2' }, { id: 'GO5' }],
            },
            {
              query: sql`SELECT count(*) AS n FROM orders o JOIN customer_identities i ON i.customer_id = o.customer_id
                WHERE o.external_id = 'GO6' AND i.value = 'generic:C6'`,
              rows: [{ n: 1 }],
            },
            { query: CUSTOMER_COUNT, rows: [{ n: 4 }] },
          ],
        },
      },
    ],
  },

  // Exact copies and re-imports.
  {
    name: 'exact copies of a row are kept with a warning',
    steps: [
      {
        file: 'exact-copies.csv',
        expect: {
          counts: counts(6, 6, 0, 0, 2),
          warnings: { exact_copy_rows: 3 },
          checks: [
            {
              query: sql`SELECT external_id AS id, amount::DOUBLE AS amount FROM orders ORDER BY 1`,
              rows: [
                { id: 'EC1', amount: 9 },
                { id: 'EC2', amount: 4 },
              ],
            },
          ],
        },
      },
    ],
  },
  {
    name: 'copies of a quarantined row are not counted as kept exact copies',
    steps: [
      {
        file: 'copies-of-bad-rows.csv',
        expect: {
          counts: counts(3, 1, 2, 0, 1),
          quarantine: [
            { row: 3, code: 'missing_order_date', column: 'order_date' },
            { row: 4, code: 'missing_order_date', column: 'order_date' },
          ],
        },
      },
    ],
  },
  {
    name: 'exact copies are dropped (counted as duplicates) with dropDuplicateLines',
    steps: [
      {
        file: 'exact-copies.csv',
        options: { dropDuplicateLines: true },
        expect: {
          counts: counts(6, 3, 0, 3, 2),
          warnings: { exact_copy_rows: 3 },
          checks: [
            {
              query: sql`SELECT external_id AS id, amount::DOUBLE AS amount FROM orders ORDER BY 1`,
              rows: [
                { id: 'EC1', amount: 5 },
                { id: 'EC2', amount: 2 },
              ],
            },
            { query: sql`SELECT count(*) AS n FROM order_lines`, rows: [{ n: 3 }] },
          ],
        },
      },
    ],
  },
  {
    name: 're-importing a file with kept copies adds nothing',
    steps: [
      {
        file: 'exact-copies.csv',
        expect: { counts: counts(6, 6, 0, 0, 2), warnings: { exact_copy_rows: 3 } },
      },
      {
        file: 'exact-copies.csv',
        expect: {
          counts: counts(6, 0, 0, 6, 2),
          warnings: { exact_copy_rows: 3 },
          checks: [{ query: sql`SELECT count(*) AS n FROM order_lines`, rows: [{ n: 6 }] }],
        },
      },
    ],
  },
  {
    name: 're-import of the same file, then of an overlapping later export',
    steps: [
      {
        file: 'export-jan.csv',
        expect: {
          counts: counts(4, 3, 1, 0, 3),
          result: { customers: 3, customers_created: 3, orders_created: 3 },
          quarantine: [{ row: 5, code: 'missing_order_id', column: 'order_id' }],
        },
      },
      {
        file: 'export-jan.csv',
        expect: {
          counts: counts(4, 0, 1, 3, 3),
          result: { customers: 3, customers_created: 0, orders_created: 0 },
          quarantine: [{ row: 5, code: 'missing_order_id', column: 'order_id' }],
          checks: [
            {
              query: sql`SELECT (SELECT count(*) FROM orders) AS orders, (SELECT count(*) FROM order_lines) AS lines,
                (SELECT count(*) FROM customers) AS customers, (SELECT count(*) FROM customer_identities) AS identities,
                (SELECT count(*) FROM products) AS products, (SELECT count(*) FROM quarantine) AS quarantine,
                (SELECT count(*) FROM import_runs) AS runs`,
              rows: [
                { orders: 3, lines: 3, customers: 3, identities: 5, products: 2, quarantine: 2, runs: 2 },
              ],
            },
          ],
        },
      },
      {
        file: 'export-jan-feb.csv',
        expect: {
          counts: counts(6, 3, 0, 3, 5),
          result: { customers: 4, customers_created: 1, orders_created: 2 },
          checks: [
            {
              query: sql`SELECT external_id AS id, amount::DOUBLE AS amount FROM orders ORDER BY 1`,
              rows: [
                { id: 'OV1', amount: 10 },
                { id: 'OV2', amount: 20 },
                { id: 'OV3', amount: 8 },
                { id: 'OV4', amount: 5 },
                { id: 'OV5', amount: 10 },
              ],
            },
            {
              query: sql`SELECT (SELECT count(*) FROM order_lines) AS lines, (SELECT count(*) FROM customers) AS customers,
                (SELECT count(*) FROM products) AS products`,
              rows: [{ lines: 6, customers: 4, products: 3 }],
            },
          ],
        },
      },
    ],
  },
  {
    name: 'a later export that adds a column still recognises the lines it already had',
    steps: [
      {
        file: 'export-jan.csv',
        expect: {
          counts: counts(4, 3, 1, 0, 3),
          quarantine: [{ row: 5, code: 'missing_order_id', column: 'order_id' }],
        },
      },
      {
        file: 'export-jan-tracking.csv',
        expect: {
          counts: counts(3, 0, 0, 3, 3),
          result: { unmapped_columns: ['tracking_number'] },
          warnings: { unmapped_columns: 1 },
          checks: [
            {
              query: sql`SELECT external_id AS id, amount::DOUBLE AS amount FROM orders ORDER BY 1`,
              rows: [
                { id: 'OV1', amount: 10 },
                { id: 'OV2', amount: 20 },
                { id: 'OV3', amount: 5 },
              ],
            },
          ],
        },
      },
    ],
  },
  {
    name: 'a record that links two known customers merges them and records the merge',
    steps: [
      { file: 'identity-a.csv', expect: { counts: counts(2, 2, 0, 0, 0), result: { customers: 2 } } },
      {
        file: 'identity-b.csv',
        expect: {
          counts: counts(1, 1, 0, 0, 1),
          result: { customers: 1, merges: 1, customers_created: 0 },
          checks: [
            {
              // Customer ids follow key order, so the check names the kept one by role, not number.
              query: sql`SELECT m.rule, m.matched_value, least(m.kept_customer_id, m.merged_customer_id) = 1
                  AND greatest(m.kept_customer_id, m.merged_customer_id) = 2 AS both_known,
                m.kept_customer_id < m.merged_customer_id AS older_kept,
                (SELECT customer_id FROM orders) = m.kept_customer_id AS order_on_kept,
                (SELECT merged_into FROM customers WHERE customer_id = m.merged_customer_id) = m.kept_customer_id AS merged_points_to_kept
                FROM identity_merges m`,
              rows: [
                {
                  rule: 'email',
                  matched_value: 'bea@example.com',
                  both_known: true,
                  older_kept: true,
                  order_on_kept: true,
                  merged_points_to_kept: true,
                },
              ],
            },
          ],
        },
      },
    ],
  },
  {
    name: 'a failed import after a good one leaves the store as it was',
    steps: [
      { file: 'pipe.txt', expect: { counts: counts(3, 3, 0, 0, 3), result: { customers: 2 } } },
      fail('dates-ambiguous.csv', 'ambiguous_date'),
      fail('malformed-rows.csv', 'unknown_column', { map: { order_date: 'Date' } }),
    ],
  },

  // Unmapped columns and malformed rows.
  {
    name: 'unmapped order columns are listed and kept on the line',
    steps: [
      {
        file: 'unmapped-columns.csv',
        expect: {
          counts: counts(2, 2, 0, 0, 2),
          result: { unmapped_columns: ['Gift Wrap', 'notes'] },
          warnings: { unmapped_columns: 2 },
          checks: [
            {
              query: sql`SELECT source_row AS row, json_extract_string(extra, 'Gift Wrap') AS gift, json_extract_string(extra, 'notes') AS notes
                FROM order_lines ORDER BY 1`,
              rows: [
                { row: 2, gift: 'yes', notes: 'leave at door' },
                { row: 3, gift: 'no', notes: null },
              ],
            },
          ],
        },
      },
    ],
  },
  {
    name: 'unmapped customer columns become attributes (survey_ ones as survey answers)',
    steps: [
      {
        file: 'unmapped-customers.csv',
        expect: {
          counts: counts(2, 2, 0, 0, 0),
          result: { kind: 'customers', unmapped_columns: ['Favourite Colour', 'survey_q1'] },
          warnings: { unmapped_columns: 2 },
          checks: [
            {
              query: sql`SELECT c.email, a.kind, a.name, a.value FROM customer_attributes a
                JOIN customers c ON c.customer_id = a.customer_id ORDER BY c.email, a.name`,
              rows: [
                { email: 'u1@example.com', kind: 'attribute', name: 'Favourite Colour', value: 'teal' },
                { email: 'u1@example.com', kind: 'survey', name: 'survey_q1', value: 'Yes' },
                { email: 'u2@example.com', kind: 'survey', name: 'survey_q1', value: 'No' },
              ],
            },
          ],
        },
      },
    ],
  },
  {
    name: 'rows with too many or too few fields are quarantined as malformed_row at their row numbers',
    steps: [
      {
        file: 'malformed-rows.csv',
        expect: {
          counts: counts(6, 3, 3, 0, 3),
          quarantine: [
            { row: 3, code: 'malformed_row', column: null, value: 'MR2,2024-03-02,C1,2.00,extra' },
            { row: 4, code: 'malformed_row', column: null, value: 'MR3,2024-03-03,C2' },
            { row: 6, code: 'malformed_row', column: null, value: 'MR5,2024-03-05,C3,5.00,x' },
          ],
          checks: [
            {
              query: sql`SELECT o.external_id AS id, l.source_row AS row FROM order_lines l JOIN orders o USING (order_id) ORDER BY 1`,
              rows: [
                { id: 'MR1', row: 2 },
                { id: 'MR4', row: 5 },
                { id: 'MR6', row: 7 },
              ],
            },
          ],
        },
      },
    ],
  },
  {
    name: 'a row two fields too long or too short is one malformed row, and later rows keep their numbers',
    steps: [
      {
        file: 'malformed-two-extra.csv',
        expect: {
          counts: counts(5, 3, 2, 0, 3),
          quarantine: [
            { row: 3, code: 'malformed_row', column: null },
            { row: 5, code: 'malformed_row', column: null },
          ],
          checks: [
            {
              query: sql`SELECT row_no, reason FROM quarantine ORDER BY 1`,
              rows: [
                {
                  row_no: 3,
                  reason:
                    'this row has 6 values but the header has 4 columns (a stray delimiter or unquoted comma?)',
                },
                {
                  row_no: 5,
                  reason: 'this row has 2 values but the header has 4 columns (the row is cut short)',
                },
              ],
            },
            {
              query: sql`SELECT o.external_id AS id, l.source_row AS row FROM order_lines l JOIN orders o USING (order_id) ORDER BY 1`,
              rows: [
                { id: 'TX1', row: 2 },
                { id: 'TX3', row: 4 },
                { id: 'TX5', row: 6 },
              ],
            },
          ],
        },
      },
    ],
  },
  {
    name: 'a file without a header, mapped by position: row numbers start at 1',
    steps: [
      {
        file: 'no-header.csv',
        options: { header: false, map: { order_id: '#1', order_date: '#2', line_amount: '#3' } },
        expect: {
          counts: counts(3, 2, 1, 0, 2, 0, 2),
          result: { guest_lines: 2 },
          warnings: { guest_rows: 2 },
          quarantine: [{ row: 2, code: 'missing_order_date', column: 'column2' }],
          checks: [
            {
              query: sql`SELECT source_row FROM order_lines ORDER BY 1`,
              rows: [{ source_row: 1 }, { source_row: 3 }],
            },
          ],
        },
      },
    ],
  },
  {
    name: 'rows after a blank line keep their spreadsheet row numbers (CSV)',
    steps: [
      {
        file: 'blank-line-inside.csv',
        expect: {
          counts: counts(3, 2, 1, 0, 2),
          quarantine: [{ row: 5, code: 'missing_order_date', column: 'order_date' }],
          checks: [
            {
              query: sql`SELECT source_row FROM order_lines ORDER BY 1`,
              rows: [{ source_row: 2 }, { source_row: 4 }],
            },
          ],
        },
      },
    ],
  },
  {
    name: 'rows after a blank line keep their row numbers (space-aligned text)',
    steps: [
      {
        file: 'aligned-blank-line.txt',
        expect: {
          counts: counts(2, 1, 1, 0, 1),
          quarantine: [{ row: 4, code: 'invalid_order_date', column: 'order_date', value: '2024030X' }],
        },
      },
    ],
  },
  {
    name: 'a malformed row after a quoted newline keeps its record number',
    steps: [
      {
        file: 'malformed-after-quoted-newline.csv',
        expect: {
          counts: counts(3, 2, 1, 0, 2),
          quarantine: [{ row: 3, code: 'malformed_row', column: null }],
          checks: [
            {
              query: sql`SELECT o.external_id AS id, l.source_row AS row FROM order_lines l JOIN orders o USING (order_id) ORDER BY 1`,
              rows: [
                { id: 'MN1', row: 2 },
                { id: 'MN3', row: 4 },
              ],
            },
          ],
        },
      },
    ],
  },

  // Whole-file failures write nothing (the harness compares every table's count).
  { name: 'an empty file', steps: [fail('empty.csv', 'empty_file')] },
  { name: 'a file of blank lines', steps: [fail('blank-lines.csv', 'empty_file')] },
  {
    name: 'a header with no rows',
    steps: [fail('header-only.csv', 'empty_file')],
  },
  { name: 'binary junk', steps: [fail('junk.bin', 'not_a_table')] },
  { name: 'an HTML page saved as .csv', steps: [fail('html-page.csv', 'not_a_table')] },
  { name: 'an unterminated quote', steps: [fail('unterminated-quote.csv', 'unterminated_quote')] },
  {
    name: 'an unterminated quote past the sniffed head',
    steps: [fail('late-unterminated-quote.csv', 'unterminated_quote')],
  },
  { name: 'no order date column', steps: [fail('missing-date-column.csv', 'missing_required_column')] },
  { name: 'no amount column', steps: [fail('missing-amount-column.csv', 'missing_required_column')] },
  { name: 'columns that name no known layout', steps: [fail('unknown-layout.csv', 'unknown_layout')] },
  {
    name: '--map to a column the file does not have',
    steps: [fail('missing-date-column.csv', 'unknown_column', { map: { order_date: 'Date' } })],
  },
  {
    name: '--map of a field Patron does not have',
    steps: [fail('pipe.txt', 'unknown_field', { map: { amount_total: 'amount' } })],
  },
];

const generated = mkdtempSync(join(tmpdir(), 'patron-messy-'));
before(() => writeGeneratedFixtures(generated));
after(() => rmSync(generated, { recursive: true, force: true }));

for (const c of CASES) {
  test(c.name, c.bug ? { todo: c.bug } : {}, () => runCase(c, generated));
}

test('every text fixture is used by a case, and the CRLF fixture really has CRLF', () => {
  const used = new Set(CASES.flatMap((c) => c.steps.map((s) => s.file)));
  const fixtures = readdirSync(join(import.meta.dirname, 'fixtures'));
  assert.deepEqual(
    fixtures.filter((f) => !used.has(f)),
    [],
  );
  assert.ok(fixtures.length >= 30);
  assert.ok(readFileSync(join(import.meta.dirname, 'fixtures', 'crlf.csv'), 'latin1').includes('\r\n'));
});
