import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openStore, sql } from '../../../store/index.ts';
import { compileRule } from '../compile/compile-rule.ts';
import { parseRule } from '../parse/parse-rule.ts';
import { DEFAULT_CATALOGUE } from './default-catalogue.ts';
import type { RuleType } from './field-spec.ts';

const COLUMN_TYPES: Record<RuleType, readonly string[]> = {
  number: ['INTEGER', 'BIGINT', 'DOUBLE'],
  string: ['VARCHAR'],
  enum: ['VARCHAR'],
  boolean: ['BOOLEAN'],
  date: ['DATE'],
};

test('every field is a column of the migrated customer_profile view, with a matching type', async () => {
  const store = await openStore(':memory:');
  try {
    const columns = await store.all<{ column_name: string; column_type: string }>(
      sql`DESCRIBE customer_profile`,
    );
    const types = new Map(columns.map((c) => [c.column_name, c.column_type]));
    for (const field of DEFAULT_CATALOGUE) {
      const type = types.get(field.name);
      assert.ok(type, `customer_profile has no column ${field.name}`);
      assert.ok(COLUMN_TYPES[field.type].includes(type), `${field.name} is ${type}, not a ${field.type}`);
    }
  } finally {
    store.close();
  }
});

test('the example rules run on the migrated schema (view and segment tables)', async () => {
  const store = await openStore(':memory:');
  try {
    for (const text of [
      'number_of_orders >= 3 AND last_order_date > -30d',
      "amount_spent BETWEEN 100 AND 500 AND country IN ('GB', 'FR')",
      "rfm_group = 'At Risk' OR (lifecycle_stage = 'lapsed' AND amount_spent > 200)",
      "products_purchased(category: 'Bread', since: -90d) >= 2",
      "NOT in_segment('vip') AND accepts_marketing = true",
      'churn_probability > 0.7 OR predicted_clv > 500 OR expected_date_of_next_order < 7d',
    ]) {
      const parsed = parseRule(text);
      assert.ok(parsed.ok);
      const condition = compileRule(parsed.value, DEFAULT_CATALOGUE, { asOf: '2024-06-30' });
      assert.deepEqual(
        await store.all(sql`SELECT p.customer_id FROM customer_profile p WHERE ${condition}`),
        [],
      );
    }
  } finally {
    store.close();
  }
});

test('names are unique, lower-case identifiers; enums list their values', () => {
  const names = DEFAULT_CATALOGUE.map((f) => f.name);
  assert.equal(new Set(names).size, names.length);
  for (const field of DEFAULT_CATALOGUE) {
    assert.match(field.name, /^[a-z][a-z0-9_]*$/);
    assert.equal(field.type === 'enum', (field.values?.length ?? 0) > 0, field.name);
  }
});
