import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { DEFAULT_IMPORT_OPTIONS, importFile } from '../ingest/index.ts';
import { createSegment } from '../segments/index.ts';
import { openStore, type Store, sql } from '../store/index.ts';
import { refreshDerived } from './refresh-derived.ts';

const RULES: [string, string][] = [
  ['regulars', 'number_of_orders >= 3 AND last_order_date > -60d'],
  ['spenders', 'amount_spent BETWEEN 20 AND 200'],
  ['bread', "products_purchased(category: 'Bread', since: -90d) >= 1"],
  ['not regular', "NOT in_segment('regulars') AND number_of_orders >= 1"],
  ['at risk', "rfm_group IN ('At Risk', 'Hibernating') OR lifecycle_stage = 'lapsed'"],
];

const order = fc.record({
  customer: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 0, max: 200 }),
  category: fc.constantFrom('Bread', 'Cakes', 'Coffee'),
  quantity: fc.integer({ min: -1, max: 4 }).filter((q) => q !== 0),
  price: fc.integer({ min: 1, max: 60 }),
});

type OrderRow = { customer: number; day: number; category: string; quantity: number; price: number };

function csv(rows: readonly OrderRow[], offset: number): string {
  const lines = rows.map((r, i) => {
    const date = new Date(Date.UTC(2024, 0, 1 + r.day)).toISOString().slice(0, 10);
    return `O${offset + i},${date},C${r.customer},${r.category.slice(0, 3).toUpperCase()},${r.category},${r.category},${r.quantity},${r.price}.00`;
  });
  return ['order_id,order_date,customer_id,sku,product_name,category,quantity,unit_price', ...lines, ''].join(
    '\n',
  );
}

async function state(store: Store) {
  const members = await store.all<{ segment: string; id: string }>(sql`SELECT s.name AS segment, i.value AS id
    FROM segment_members m JOIN segments s USING (segment_id) JOIN customer_identities i ON i.customer_id = m.customer_id AND i.kind = 'external'
    WHERE m.exited_at IS NULL ORDER BY 1, 2`);
  const features =
    await store.all(sql`SELECT i.value AS id, f.number_of_orders, f.amount_spent, f.recency_days, r.rfm_group, l.stage
    FROM customer_features f JOIN customer_identities i ON i.customer_id = f.customer_id AND i.kind = 'external'
    LEFT JOIN customer_rfm r ON r.customer_id = f.customer_id LEFT JOIN customer_lifecycle l ON l.customer_id = f.customer_id ORDER BY 1`);
  return { members, features };
}

test('an incremental refresh after a new import equals a full recompute', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'patron-incremental-'));
  let run = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.array(order, { minLength: 1, maxLength: 25 }),
      fc.array(order, { minLength: 1, maxLength: 25 }),
      async (first, second) => {
        run++;
        const a = join(dir, `a${run}.csv`);
        const b = join(dir, `b${run}.csv`);
        writeFileSync(a, csv(first, 0));
        writeFileSync(b, csv(second, 1000));
        const incremental = await openStore(':memory:');
        await importFile(incremental, a, { ...DEFAULT_IMPORT_OPTIONS });
        await refreshDerived(incremental);
        for (const [name, rule] of RULES) await createSegment(incremental, { name, rule });
        await importFile(incremental, b, { ...DEFAULT_IMPORT_OPTIONS });
        await refreshDerived(incremental);

        const full = await openStore(':memory:');
        await importFile(full, a, { ...DEFAULT_IMPORT_OPTIONS });
        await importFile(full, b, { ...DEFAULT_IMPORT_OPTIONS });
        await refreshDerived(full);
        for (const [name, rule] of RULES) await createSegment(full, { name, rule });

        assert.deepEqual(await state(incremental), await state(full));
        incremental.close();
        full.close();
      },
    ),
    { numRuns: 12, seed: Number(process.env.PATRON_PROPERTY_SEED ?? 20261123) },
  );
});
