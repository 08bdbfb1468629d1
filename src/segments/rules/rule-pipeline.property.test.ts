import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { type Store, sql } from '../../store/index.ts';
import { DEFAULT_CATALOGUE } from './catalogue/default-catalogue.ts';
import { checkRule } from './check/check-rule.ts';
import { compileRule } from './compile/compile-rule.ts';
import { explainRule } from './explain/explain-rule.ts';
import { formatIssue } from './issues/format-issue.ts';
import type { RuleIssue } from './issues/rule-issue.ts';
import { parseRule } from './parse/parse-rule.ts';
import { ruleToText } from './print/rule-to-text.ts';
import { AS_OF, openProfileStore } from './testing/open-profile-store.ts';
import { anyRule } from './testing/rule-arbitrary.ts';
import { typedRule } from './testing/typed-rule-arbitrary.ts';

/** An issue is positioned when its span lies in the text and its line and column match its offset. */
function assertPositioned(text: string, issue: RuleIssue): void {
  const span = issue.span;
  assert.ok(span, `no position: ${issue.message}`);
  assert.ok(
    span.start <= span.end && span.end <= text.length,
    `span outside the text: ${JSON.stringify(span)}`,
  );
  const before = text.slice(0, span.start);
  assert.equal(span.line, before.split('\n').length);
  assert.equal(span.column, span.start - before.lastIndexOf('\n'));
  assert.match(issue.message, / at line \d+, column \d+/);
  assert.match(formatIssue(text, issue), /\^/);
}

/** Parses, checks and compiles; returns which stage stopped it. Throwing fails the property. */
function runPipeline(text: string): 'parse' | 'check' | 'compiled' {
  const parsed = parseRule(text);
  if (!parsed.ok) {
    for (const issue of parsed.issues) assertPositioned(text, issue);
    return 'parse';
  }
  const checked = checkRule(parsed.value, DEFAULT_CATALOGUE);
  if (!checked.ok) {
    for (const issue of checked.issues) assertPositioned(text, issue);
    return 'check';
  }
  const { text: sqlText, values } = compileRule(checked.value, DEFAULT_CATALOGUE, { asOf: AS_OF }).render();
  assert.equal((sqlText.match(/\$\d+/g) ?? []).length, values.length);
  assert.ok(!sqlText.includes("'"), sqlText);
  return 'compiled';
}

const VOCABULARY = [
  'number_of_orders',
  'numbr_of_orders',
  'amount_spent',
  'country',
  'rfm_group',
  'last_order_date',
  'accepts_marketing',
  'products_purchased',
  'in_segment',
  'category',
  'since',
  'AND',
  'or',
  'NOT',
  'BETWEEN',
  'IN',
  'IS',
  'NULL',
  'true',
  '=',
  '!=',
  '<>',
  '<',
  '<=',
  '>',
  '>=',
  '(',
  ')',
  ',',
  ':',
  "'GB'",
  "'At Risk'",
  "'",
  "''",
  '3',
  '-30d',
  '0.7',
  '-2w',
  '1e',
  '30days',
  '-',
  '&&',
  '"',
  '\n',
  '\t',
  'é',
  '😀',
];

const tokenSoup = fc
  .array(fc.tuple(fc.constantFrom(...VOCABULARY), fc.constantFrom(' ', '', '\n')), { maxLength: 14 })
  .map((parts) => parts.map(([token, gap]) => token + gap).join(''));

/** A valid rule's text with a slice cut out, replaced or repeated. */
const mutatedRule = fc
  .tuple(
    typedRule.map(ruleToText),
    fc.nat(),
    fc.nat(),
    fc.string({ unit: 'binary', maxLength: 4 }),
    fc.boolean(),
  )
  .map(([text, a, b, insert, repeat]) => {
    const start = a % (text.length + 1);
    const end = start + (b % 6);
    return (
      text.slice(0, start) +
      (repeat ? text.slice(start, end) + text.slice(start, end) : insert) +
      text.slice(end)
    );
  });

test('property: any text parses, checks and compiles, or stops with a positioned issue — never throws', () => {
  const stages = { parse: 0, check: 0, compiled: 0 };
  const texts = fc.oneof(
    tokenSoup,
    mutatedRule,
    anyRule.map(ruleToText),
    typedRule.map(ruleToText),
    fc.string({ unit: 'binary' }),
  );
  fc.assert(
    fc.property(texts, (text) => {
      stages[runPipeline(text)] += 1;
    }),
    { numRuns: 2000 },
  );
  // The generators reach every stage, so the property is not vacuous.
  assert.ok(stages.parse > 100 && stages.check > 100 && stages.compiled > 100, JSON.stringify(stages));
});

test('property: trees given as JSON (no spans) check to issues or compile — never throw', () => {
  fc.assert(
    fc.property(anyRule, (node) => {
      const checked = checkRule(node, DEFAULT_CATALOGUE);
      if (checked.ok) compileRule(checked.value, DEFAULT_CATALOGUE, { asOf: AS_OF }).render();
      else
        for (const issue of checked.issues) assert.ok(issue.message.length > 0 && issue.span === undefined);
    }),
    { numRuns: 500 },
  );
});

let store: Store;
before(async () => {
  store = await openProfileStore();
});
after(() => store.close());

async function members(node: Parameters<typeof compileRule>[0]): Promise<number[]> {
  const condition = compileRule(node, DEFAULT_CATALOGUE, { asOf: AS_OF });
  const rows = await store.all<{ id: number }>(
    sql`SELECT CAST(p.customer_id AS INTEGER) AS id FROM customer_profile p WHERE ${condition} ORDER BY 1`,
  );
  return rows.map((r) => r.id);
}

test('property: typed rules run on DuckDB; NOT selects exactly the others; explain agrees', async () => {
  const everyone = [1, 2, 3, 4, 5, 6];
  await fc.assert(
    fc.asyncProperty(typedRule, async (node) => {
      const parsed = parseRule(ruleToText(node));
      assert.ok(parsed.ok);
      const inside = await members(parsed.value);
      const outside = await members({ kind: 'not', operand: parsed.value });
      assert.deepEqual(
        outside,
        everyone.filter((id) => !inside.includes(id)),
      );
      const id = everyone[inside.length % everyone.length] as number;
      const explained = await explainRule(store, parsed.value, DEFAULT_CATALOGUE, id, AS_OF);
      assert.ok(explained.ok);
      assert.equal(explained.value.matched, inside.includes(id));
    }),
    { numRuns: 150 },
  );
});
