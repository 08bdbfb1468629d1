import fc from 'fast-check';
import type { RuleNode } from '../ast/rule-node.ts';
import type { ValueNode } from '../ast/value-node.ts';
import { DEFAULT_CATALOGUE } from '../catalogue/default-catalogue.ts';
import type { FieldSpec } from '../catalogue/field-spec.ts';

type Leaf = fc.Arbitrary<RuleNode>;

const relativeDate = fc
  .record({
    amount: fc.integer({ min: -400, max: 30 }),
    unit: fc.constantFrom('d', 'w', 'm', 'y') as fc.Arbitrary<'d' | 'w' | 'm' | 'y'>,
  })
  .map((v): ValueNode => ({ kind: 'relative_date', ...v }));
const absoluteDate = fc
  .date({ min: new Date('2023-01-01'), max: new Date('2024-12-31'), noInvalidDate: true })
  .map((d): ValueNode => ({ kind: 'string', value: d.toISOString().slice(0, 10) }));
const text = fc.constantFrom(
  'London',
  'paris',
  'gb',
  'FR',
  'Bread',
  "O'Brien",
  '',
  'x',
  '%',
  "'; DROP TABLE orders; --",
);

function valueFor(field: FieldSpec): fc.Arbitrary<ValueNode> {
  switch (field.type) {
    case 'number':
      return fc
        .oneof(fc.integer({ min: -5, max: 600 }), fc.double({ min: -1, max: 1000, noNaN: true }))
        .map((v) => ({ kind: 'number', value: v }));
    case 'date':
      return fc.oneof(relativeDate, absoluteDate);
    case 'boolean':
      return fc.boolean().map((v) => ({ kind: 'boolean', value: v }));
    case 'enum':
      return fc
        .constantFrom(...(field.values ?? []))
        .map((v) => ({ kind: 'string', value: v.toUpperCase() }));
    case 'string':
      return field.pattern
        ? fc.constantFrom('gb', 'FR', 'us').map((v) => ({ kind: 'string', value: v }))
        : text.map((v) => ({ kind: 'string', value: v }));
    default: {
      const exhaustive: never = field.type;
      throw new Error(`unknown type ${String(exhaustive)}`);
    }
  }
}

function leafFor(field: FieldSpec): Leaf {
  const subject = { kind: 'field' as const, name: field.name };
  const value = valueFor(field);
  const ordered = field.type === 'number' || field.type === 'date';
  const operators = (ordered ? ['=', '!=', '<', '<=', '>', '>='] : ['=', '!=']) as (
    | '='
    | '!='
    | '<'
    | '<='
    | '>'
    | '>='
  )[];
  const leaves: Leaf[] = [
    fc.record({
      kind: fc.constant('compare' as const),
      subject: fc.constant(subject),
      operator: fc.constantFrom(...operators),
      value,
    }),
    fc.record({
      kind: fc.constant('in' as const),
      subject: fc.constant(subject),
      negated: fc.boolean(),
      values: fc.array(value, { minLength: 1, maxLength: 3 }),
    }),
    fc.record({
      kind: fc.constant('is_null' as const),
      subject: fc.constant(subject),
      negated: fc.boolean(),
    }),
  ];
  if (ordered) {
    leaves.push(
      fc.record({
        kind: fc.constant('between' as const),
        subject: fc.constant(subject),
        negated: fc.boolean(),
        low: value,
        high: value,
      }),
    );
  }
  return fc.oneof(...leaves);
}

const productsPurchased: Leaf = fc
  .record({
    category: fc.option(fc.constantFrom('Bread', 'bread', 'Coffee', 'Pastry'), { nil: undefined }),
    product: fc.option(fc.constantFrom('Sourdough', 'rye', 'Croissant'), { nil: undefined }),
    since: fc.option(fc.oneof(relativeDate, absoluteDate), { nil: undefined }),
    until: fc.option(fc.oneof(relativeDate, absoluteDate), { nil: undefined }),
    count: fc.integer({ min: 0, max: 3 }),
  })
  .map(({ count, ...filters }): RuleNode => {
    const args = Object.entries(filters).flatMap(([name, v]) =>
      v === undefined
        ? []
        : [{ name, value: typeof v === 'string' ? { kind: 'string' as const, value: v } : v }],
    );
    return {
      kind: 'compare',
      subject: { kind: 'call', name: 'products_purchased', args },
      operator: '>=',
      value: { kind: 'number', value: count },
    };
  });

const inSegment: Leaf = fc.constantFrom('vip', 'VIP lapsed', 'nobody').map(
  (name): RuleNode => ({
    kind: 'call',
    name: 'in_segment',
    args: [{ name: null, value: { kind: 'string', value: name } }],
  }),
);

const typedLeaf: Leaf = fc.oneof(
  ...DEFAULT_CATALOGUE.filter((f) => f.userFacing !== false).map(leafFor),
  productsPurchased,
  inSegment,
);

/**
 * Rules over DEFAULT_CATALOGUE whose values fit their fields (in any letter case), so they pass
 * the check and reach the compiler and the database.
 *
 * @example
 * fc.assert(fc.asyncProperty(typedRule, async (node) => …));
 */
export const typedRule: fc.Arbitrary<RuleNode> = fc.letrec<{ rule: RuleNode }>((tie) => ({
  rule: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    typedLeaf,
    fc.record({
      kind: fc.constantFrom('and' as const, 'or' as const),
      operands: fc.array(tie('rule'), { minLength: 2, maxLength: 3 }),
    }),
    fc.record({ kind: fc.constant('not' as const), operand: tie('rule') }),
  ),
})).rule;
