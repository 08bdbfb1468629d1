import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Writes an orders file of `lines` lines: ~5 lines per order, 1M customers, some guests and returns. */
async function writeOrders(path: string, lines: number): Promise<void> {
  const out = createWriteStream(path);
  out.write('order_id,order_date,customer_id,email,sku,product_name,quantity,unit_price,currency\n');
  let seed = 12345;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed / 4294967296;
  };
  let chunk = '';
  for (let i = 0; i < lines; i++) {
    const order = Math.floor(i / 5);
    const customer = Math.floor(rand() * 1_000_000);
    const guest = customer % 13 === 0;
    const day = 1 + (order % 28);
    const month = 1 + (Math.floor(order / 28) % 12);
    const qty = rand() < 0.01 ? -1 : 1 + Math.floor(rand() * 4);
    chunk += `O${order},2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')} 10:${String(i % 60).padStart(2, '0')}:00,`;
    chunk += guest ? ',,' : `C${customer},c${customer}@example.com,`;
    chunk += `SKU-${i % 500},Product ${i % 500},${qty},${(1 + (i % 97) / 10).toFixed(2)},GBP\n`;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

/** Imports a generated 10M-line orders file in a child process: rows/s and peak RSS (limit 2 GB). */
export async function bench10mLines(lines = 10_000_000): Promise<Record<string, string | number>[]> {
  const dir = mkdtempSync(join(tmpdir(), 'patron-bench10m-'));
  try {
    const file = join(dir, 'orders.csv');
    await writeOrders(file, lines);
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'child-import.ts'), file, join(dir, 'b.duckdb')],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 24,
      },
    );
    const r = JSON.parse(out.trim().split('\n').pop() ?? '{}') as {
      seconds: number;
      rows: number;
      maxRssKb: number;
    };
    const rssMb = r.maxRssKb / 1024;
    return [
      {
        benchmark: `import ${lines.toLocaleString('en-GB')} generated order lines (${(statSync(file).size / 1e6).toFixed(0)} MB)`,
        seconds: r.seconds.toFixed(1),
        'rows/s': Math.round(r.rows / r.seconds).toLocaleString('en-GB'),
        'peak RSS MB': rssMb.toFixed(0),
        target: 'RSS < 2048 MB',
        verdict: rssMb < 2048 ? 'PASS' : 'FAIL',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
