import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { openStore, sql } from '../../store/index.ts';
import { writeXlsx } from './write-xlsx.ts';

/** Bytes of text in Windows-1252 (Latin-1 for the characters used here, plus € = 0x80). */
function windows1252(text: string): Buffer {
  return Buffer.from([...text].map((ch) => (ch === '€' ? 0x80 : (ch.codePointAt(0) as number))));
}

const LATE_ROWS = 10_000;

/**
 * Writes the corpus files that are binary or too big to keep as text fixtures: Windows-1252 and
 * UTF-16 bytes, gzip, Parquet, XLSX, binary junk, and files whose trouble starts past the sniffed head.
 */
export async function writeGeneratedFixtures(dir: string): Promise<void> {
  writeFileSync(
    join(dir, 'windows-1252.csv'),
    windows1252(
      'order_id,order_date,customer_id,product_name,amount,currency\n' +
        'CP1,2024-06-01,C1,Café crème,3.50,€\n' +
        'CP2,2024-06-02,C2,Crêpe,4.00,EUR\n',
    ),
  );
  writeFileSync(
    join(dir, 'windows-1252.csv.gz'),
    gzipSync(
      windows1252(
        'order_id,order_date,customer_id,product_name,amount\nCZ1,2024-06-01,C1,Crème brûlée,5.00\n',
      ),
    ),
  );
  const ascii = Array.from({ length: LATE_ROWS }, (_, i) => `LC${i},2024-01-01,C${i % 7},Bread,1.00\n`);
  writeFileSync(
    join(dir, 'late-windows-1252.csv'),
    windows1252(
      `order_id,order_date,customer_id,product_name,amount\n${ascii.join('')}LCX,2024-01-02,C1,Café,2.50\n`,
    ),
  );
  writeFileSync(
    join(dir, 'late-unterminated-quote.csv'),
    `order_id,order_date,customer_id,product_name,amount\n${ascii.join('')}LCX,2024-01-02,C1,"Café,2.50\n`,
  );
  writeFileSync(
    join(dir, 'utf-16le.csv'),
    Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(
        'order_id,order_date,customer_id,product_name,amount\nW16,2024-06-03,C1,Crêpe,4.00\n',
        'utf16le',
      ),
    ]),
  );
  writeFileSync(
    join(dir, 'orders.csv.gz'),
    gzipSync(
      'order_id,order_date,customer_id,amount\nGZ1,2024-02-01,C1,3.00\nGZ2,not a date,C2,4.00\nGZ3,2024-02-03,C1,5.00\n',
    ),
  );
  const junk = Buffer.alloc(2048);
  for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919) % 256;
  writeFileSync(join(dir, 'junk.bin'), junk);
  writeXlsx(join(dir, 'orders.xlsx'), [
    ['Order ID', 'Order Date', 'Email', 'Qty', 'Price'],
    ['XL1', '2024-05-01', 'Xena@Example.com', 2, 4.25],
    ['XL2', '2024-05-02', null, 1, 10],
    [null, '2024-05-03', 'x3@example.com', 1, 1],
  ]);
  const store = await openStore(':memory:');
  try {
    // Paths from mkdtemp hold no quotes; COPY takes no bound parameter for its target.
    await store.run(
      sql.trusted(`COPY (SELECT * FROM (VALUES
        ('PQ1', DATE '2024-08-01', 17850.0::DOUBLE, 2, 3.5::DOUBLE),
        ('PQ2', DATE '2024-08-02', NULL::DOUBLE, 1, 10.0::DOUBLE)) t(order_id, order_date, customer_id, quantity, unit_price))
        TO '${join(dir, 'orders.parquet')}' (FORMAT parquet)`),
    );
  } finally {
    store.close();
  }
}
