import fc from 'fast-check';

/** How a generated row is meant to fare: loaded (with or without a customer) or quarantined by one rule. */
export type RowIntent = 'customer' | 'guest' | 'missing_order_id' | 'invalid_order_date' | 'invalid_amount';

export interface GeneratedRow {
  intent: RowIntent;
  fields: string[];
}

export interface GeneratedFile {
  delimiter: ',' | ';' | '\t' | '|';
  dropDuplicateLines: boolean;
  rows: GeneratedRow[];
}

export const HEADER = ['order_id', 'order_date', 'customer_id', 'email', 'sku', 'amount'];

// Spellings of one value that parse alike: same fingerprint, different raw text (so not exact copies).
const DATE_STYLES = ['', 'T00:00:00', ' 00:00:00'] as const;

const rowSpec = fc.record({
  intent: fc.constantFrom<RowIntent>(
    'customer',
    'customer',
    'customer',
    'guest',
    'missing_order_id',
    'invalid_order_date',
    'invalid_amount',
  ),
  order: fc.integer({ min: 1, max: 6 }),
  customer: fc.integer({ min: 1, max: 4 }),
  // An email from its own small pool, so some rows link two customer ids into one customer.
  email: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
  day: fc.integer({ min: 1, max: 28 }),
  dateStyle: fc.constantFrom(...DATE_STYLES),
  cents: fc.integer({ min: -2_000, max: 50_000 }),
  fixedCents: fc.boolean(),
  sku: fc.constantFrom('S1', 'S2', 'S3'),
  badDate: fc.constantFrom('not-a-date', '2024-02-31', 'tomorrow'),
  badAmount: fc.constantFrom('n/a', '', 'free'),
});

type RowSpec = typeof rowSpec extends fc.Arbitrary<infer T> ? T : never;

function render(s: RowSpec): GeneratedRow {
  const date = `2024-03-${String(s.day).padStart(2, '0')}${s.dateStyle}`;
  const amount = s.fixedCents ? (s.cents / 100).toFixed(2) : String(s.cents / 100);
  const guest = s.intent === 'guest';
  const fields = [
    s.intent === 'missing_order_id' ? '' : `O${s.order}`,
    s.intent === 'invalid_order_date' ? s.badDate : date,
    guest ? '' : `C${s.customer}`,
    guest || s.email === undefined ? '' : `e${s.email}@example.com`,
    s.sku,
    s.intent === 'invalid_amount' ? s.badAmount : amount,
  ];
  return { intent: s.intent, fields };
}

/**
 * A small orders file: a first row that loads (so the date column always reads), then up to
 * 15 rows that load, lack a customer, break one rule, or repeat an earlier row exactly.
 */
export const orderFile: fc.Arbitrary<GeneratedFile> = fc
  .record({
    delimiter: fc.constantFrom<GeneratedFile['delimiter']>(',', ';', '\t', '|'),
    dropDuplicateLines: fc.boolean(),
    first: rowSpec.map((s) => ({ ...s, intent: 'customer' as const })),
    rest: fc.array(
      fc.oneof(
        rowSpec.map(render),
        fc.nat().map((n) => ({ copyOf: n })),
      ),
      { maxLength: 15 },
    ),
  })
  .map(({ delimiter, dropDuplicateLines, first, rest }) => {
    const rows: GeneratedRow[] = [render(first)];
    for (const r of rest) rows.push('copyOf' in r ? (rows[r.copyOf % rows.length] as GeneratedRow) : r);
    return { delimiter, dropDuplicateLines, rows };
  });

export function fileText(file: GeneratedFile): string {
  const lines = [HEADER, ...file.rows.map((r) => r.fields)].map((f) => f.join(file.delimiter));
  return `${lines.join('\n')}\n`;
}

/** What the first import must report, worked out from the rows' intents alone. */
export function expectedFirstImport(file: GeneratedFile): {
  quarantined: number;
  loaded: number;
  duplicate: number;
} {
  const seen = new Set<string>();
  let quarantined = 0;
  let loaded = 0;
  let duplicate = 0;
  for (const row of file.rows) {
    const line = row.fields.join('\u0000');
    const copy = seen.has(line);
    seen.add(line);
    if (row.intent !== 'customer' && row.intent !== 'guest') quarantined++;
    else if (copy && file.dropDuplicateLines) duplicate++;
    else loaded++;
  }
  return { quarantined, loaded, duplicate };
}
