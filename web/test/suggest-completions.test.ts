import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RuleCatalogue } from '../../src/schema/api/segments.ts';
import { applyCompletion } from '../src/rules/apply-completion.ts';
import { suggestCompletions } from '../src/rules/suggest-completions.ts';

const catalogue: RuleCatalogue = {
  fields: [
    { name: 'number_of_orders', type: 'number', description: 'orders', values: [] },
    { name: 'rfm_group', type: 'enum', description: 'RFM group', values: ['Champions', "Can't Lose Them"] },
    { name: 'amount_spent', type: 'number', description: 'net spend', values: [] },
  ],
  functions: [
    {
      name: 'products_purchased',
      returns: 'number',
      description: 'count of products bought',
      example: "products_purchased(category: 'Bread') >= 2",
      parameters: [],
    },
    {
      name: 'in_segment',
      returns: 'boolean',
      description: 'member of',
      example: "in_segment('vip')",
      parameters: [],
    },
  ],
  operators: ['=', '>='],
  keywords: ['AND', 'OR', 'NOT'],
  segments: ['vip', 'regulars'],
  categories: ['Bread', 'Cakes'],
  attributes: ['age_band'],
};

test('a word offers the names that start with it, replacing the word', () => {
  const c = suggestCompletions('number_of_orders >= 2 AND rfm', 29, catalogue);
  assert.ok(c);
  assert.equal(c.from, 26);
  assert.equal(c.to, 29);
  assert.deepEqual(
    c.items.map((i) => i.label),
    ['rfm_group'],
  );
  const applied = applyCompletion('number_of_orders >= 2 AND rfm', c, c.items[0]!);
  assert.deepEqual(applied, { text: 'number_of_orders >= 2 AND rfm_group', cursor: 35 });
});

test('names containing the word come after names starting with it; functions insert an open bracket', () => {
  const c = suggestCompletions('pur', 3, catalogue);
  assert.equal(c?.items[0]?.insert, 'products_purchased(');
  const o = suggestCompletions('o', 1, catalogue);
  assert.deepEqual(
    o?.items.map((i) => i.label),
    ['OR', 'number_of_orders', 'rfm_group', 'amount_spent', 'products_purchased(…)', 'NOT'],
  );
});

test('nothing is offered for an empty word unless asked, nor inside a number like -30d', () => {
  assert.equal(suggestCompletions('number_of_orders >= ', 20, catalogue), null);
  assert.equal(suggestCompletions('', 0, catalogue, true)?.items.length, 8);
  assert.equal(suggestCompletions('last_order_date > -30d', 22, catalogue), null);
});

test("inside quotes: a field's values, segment names, categories, attribute names", () => {
  const value = suggestCompletions("rfm_group = 'Ca", 15, catalogue);
  assert.deepEqual(
    value?.items.map((i) => i.insert),
    ["Can''t Lose Them'"],
  );
  assert.equal(value?.from, 13);
  assert.deepEqual(
    suggestCompletions("in_segment('", 12, catalogue)?.items.map((i) => i.label),
    ['vip', 'regulars'],
  );
  assert.deepEqual(
    suggestCompletions("products_purchased(category: 'c", 31, catalogue)?.items.map((i) => i.label),
    ['Cakes'],
  );
  assert.deepEqual(
    suggestCompletions("attribute('", 11, catalogue)?.items.map((i) => i.label),
    ['age_band'],
  );
  // A closing quote already there is not doubled.
  assert.equal(suggestCompletions("in_segment('v')", 13, catalogue)?.items[0]?.insert, 'vip');
});

test('a doubled quote inside a string does not end it; a closed string offers names again', () => {
  assert.equal(
    suggestCompletions("rfm_group = 'Can''t L", 21, catalogue)?.items[0]?.label,
    "Can't Lose Them",
  );
  assert.equal(
    suggestCompletions("rfm_group = 'Champions' AND amo", 31, catalogue)?.items[0]?.label,
    'amount_spent',
  );
});
