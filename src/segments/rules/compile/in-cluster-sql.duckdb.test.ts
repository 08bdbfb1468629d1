import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openStore, sql } from '../../../store/index.ts';
import { DEFAULT_CATALOGUE } from '../catalogue/default-catalogue.ts';
import { checkRule } from '../check/check-rule.ts';
import { parseRule } from '../parse/parse-rule.ts';
import { compileRule } from './compile-rule.ts';

test("in_cluster('clustering', 'cluster') matches the current version's members, ignoring case", async () => {
  const store = await openStore(':memory:');
  await store.run(
    sql`INSERT INTO customers (customer_id, created_import_id, updated_at) VALUES (1, 1, now()::TIMESTAMP), (2, 1, now()::TIMESTAMP), (3, 1, now()::TIMESTAMP)`,
  );
  await store.run(
    sql`INSERT INTO clusterings VALUES (1, 'Shop groups', 2, '{}', true, now()::TIMESTAMP, now()::TIMESTAMP)`,
  );
  await store.run(
    sql`INSERT INTO clusters VALUES (1, 1, 0, 'Regulars', '', false), (1, 2, 0, 'Regulars', '', false), (1, 2, 1, 'Others', '', false)`,
  );
  // Version 1 put customer 3 in Regulars; the current version 2 has customers 1 and 2 there.
  await store.run(sql`INSERT INTO customer_clusters VALUES (1, 1, 3, 0, 0, NULL, 'fit', now()::TIMESTAMP),
    (1, 2, 1, 0, 0, NULL, 'fit', now()::TIMESTAMP), (1, 2, 2, 0, 0, NULL, 'assigned', now()::TIMESTAMP),
    (1, 2, 3, 1, 0, NULL, 'fit', now()::TIMESTAMP)`);
  const parsed = parseRule("in_cluster('shop groups', 'regulars')");
  assert.ok(parsed.ok);
  const checked = checkRule(parsed.value, DEFAULT_CATALOGUE);
  assert.ok(checked.ok);
  const condition = compileRule(checked.value, DEFAULT_CATALOGUE, { asOf: '2024-01-01' });
  const rows = await store.all<{ customer_id: bigint }>(
    sql`SELECT customer_id FROM customer_profile p WHERE ${condition} ORDER BY customer_id`,
  );
  assert.deepEqual(
    rows.map((r) => Number(r.customer_id)),
    [1, 2],
  );
  store.close();
});
