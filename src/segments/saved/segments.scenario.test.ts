import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { refreshFeatures } from '../../features/index.ts';
import { DEFAULT_IMPORT_OPTIONS, importFile } from '../../ingest/index.ts';
import { openStore, type Store, sql } from '../../store/index.ts';
import { createSegment } from './create-segment.ts';
import { explainMembership } from './explain-membership.ts';
import { previewRule } from './preview-rule.ts';
import { refreshSegments } from './refresh-segments.ts';

// Events in → features and segments refreshed → members out. As of 2024-07-01, "-30d" is 2024-06-01.
const dir = mkdtempSync(join(tmpdir(), 'patron-scenario-'));
const CUSTOMERS = `customer_id,email,country,accepts_marketing,age_band
C1,c1@example.com,GB,true,25-34
C2,c2@example.com,FR,false,35-44
C3,c3@example.com,DE,true,25-34
C4,c4@example.com,GB,true,
`;
const ORDERS = `order_id,order_date,customer_id,sku,product_name,category,quantity,unit_price
O1,2024-06-25 09:00:00,C1,BRD-1,Sourdough,Bread,1,5.00
O2,2024-06-10 09:00:00,C1,BRD-1,Sourdough,Bread,2,5.00
O3,2024-04-01 09:00:00,C1,CAK-1,Sponge,Cakes,1,30.00
O4,2024-06-01 12:00:00,C2,CAK-2,Wedding cake,Cakes,1,150.00
O5,2024-06-02 08:00:00,C3,COF-1,Flat white,Coffee,1,3.00
O6,2024-05-01 08:00:00,C3,COF-1,Flat white,Coffee,1,3.00
O7,2024-04-01 08:00:00,C3,COF-1,Flat white,Coffee,1,3.00
O8,2024-03-01 08:00:00,C3,COF-1,Flat white,Coffee,1,3.00
O9,2023-01-10 10:00:00,C4,BRD-9,Party loaves,Bread,1,600.00
`;

async function importText(store: Store, name: string, text: string) {
  const path = join(dir, name);
  writeFileSync(path, text);
  await importFile(store, path, { ...DEFAULT_IMPORT_OPTIONS });
}

async function members(store: Store, name: string): Promise<string[]> {
  const rows = await store.all<{ id: string }>(sql`SELECT replace(ci.value, 'generic:', '') AS id
    FROM segment_members m JOIN segments s USING (segment_id)
    JOIN customer_identities ci ON ci.customer_id = m.customer_id AND ci.kind = 'external'
    WHERE s.name = ${name} AND m.exited_at IS NULL ORDER BY 1`);
  return rows.map((r) => r.id);
}

const store = await openStore(':memory:');
await importText(store, 'customers.csv', CUSTOMERS);
await importText(store, 'orders.csv', ORDERS);
await refreshFeatures(store, { asOf: '2024-07-01' });

const SCENARIOS: { name: string; rule: string; expected: string[] }[] = [
  { name: 'vip', rule: 'number_of_orders >= 3 AND last_order_date > -30d', expected: ['C1', 'C3'] },
  {
    name: 'mid spenders',
    rule: "amount_spent BETWEEN 100 AND 500 AND country IN ('GB', 'FR')",
    expected: ['C2'],
  },
  { name: 'bread lovers', rule: "products_purchased(category: 'Bread', since: -90d) >= 2", expected: ['C1'] },
  { name: 'to win over', rule: "NOT in_segment('vip') AND accepts_marketing = true", expected: ['C4'] },
  {
    name: 'sleepers',
    rule: "rfm_group = 'Hibernating' OR (lifecycle_stage = 'lapsed' AND amount_spent > 200)",
    expected: ['C2', 'C4'],
  },
  { name: 'young adults', rule: "attribute('age_band') = '25-34'", expected: ['C1', 'C3'] },
  { name: 'known age', rule: "attribute('Age_Band') IN ('25-34', '35-44')", expected: ['C1', 'C2', 'C3'] },
];

for (const s of SCENARIOS) {
  test(`segment '${s.name}': ${s.rule}`, async () => {
    await createSegment(store, { name: s.name, rule: s.rule });
    assert.deepEqual(await members(store, s.name), s.expected);
  });
}

test('a new import moves customers in and out; refreshing twice changes nothing', async () => {
  await importText(
    store,
    'more.csv',
    `order_id,order_date,customer_id,sku,product_name,category,quantity,unit_price
O10,2024-06-20 10:00:00,C2,CAK-2,Wedding cake,Cakes,1,150.00
O11,2024-06-28 10:00:00,C2,BRD-1,Sourdough,Bread,1,5.00
`,
  );
  await refreshFeatures(store, { asOf: '2024-07-01' });
  await refreshSegments(store);
  assert.deepEqual(await members(store, 'vip'), ['C1', 'C2', 'C3']);
  assert.deepEqual(
    await members(store, 'mid spenders'),
    ['C2'],
    'C2 now spent 150 + 150 + 5 = 305, still in range',
  );
  // C2 is now recent and repeat (R5 F2: Potential Loyalists), so it leaves the sleepers.
  assert.deepEqual(await members(store, 'sleepers'), ['C4']);
  const again = await refreshSegments(store);
  assert.ok(again.every((r) => r.entered === 0 && r.exited === 0));
});

test('preview counts an unsaved rule; explain shows each condition with the value', async () => {
  const preview = await previewRule(store, 'number_of_orders >= 4');
  assert.equal(preview.count, 1);
  assert.equal(preview.as_of, '2024-07-01');
  const c3 = await store.one<{ id: bigint }>(
    sql`SELECT customer_id AS id FROM customer_identities WHERE value = 'generic:C3'`,
  );
  const why = await explainMembership(store, 'vip', Number(c3?.id));
  assert.equal(why.matched, true);
  assert.deepEqual(
    why.conditions.map((c) => [c.subject, c.held, c.value]),
    [
      ['number_of_orders', true, 4],
      ['last_order_date', true, '2024-06-02'],
    ],
  );
});

test('a bad rule is refused with its position before anything is saved', async () => {
  await assert.rejects(
    createSegment(store, { name: 'typo', rule: 'numbr_of_orders > 3' }),
    /did you mean 'number_of_orders'/i,
  );
  assert.equal((await store.all(sql`SELECT * FROM segments WHERE name = 'typo'`)).length, 0);
});
