import fc from 'fast-check';
import { KEYWORDS } from '../ast/keywords.ts';
import type { RuleNode } from '../ast/rule-node.ts';
import type { SubjectNode } from '../ast/subject-node.ts';
import type { ValueNode } from '../ast/value-node.ts';

const identifier = fc
  .stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,10}$/)
  .filter((name) => !KEYWORDS.has(name.toLowerCase()));

const value: fc.Arbitrary<ValueNode> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }).map((v) => ({ kind: 'string' as const, value: v })),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => ({ kind: 'number' as const, value: v })),
  fc.integer({ min: -1000, max: 1000 }).map((v) => ({ kind: 'number' as const, value: v })),
  fc.boolean().map((v) => ({ kind: 'boolean' as const, value: v })),
  fc
    .record({
      amount: fc.integer({ min: -99_999, max: 99_999 }),
      unit: fc.constantFrom('d', 'w', 'm', 'y') as fc.Arbitrary<'d' | 'w' | 'm' | 'y'>,
    })
    .map((v) => ({ kind: 'relative_date' as const, ...v })),
);

const call = fc.record({
  kind: fc.constant('call' as const),
  name: identifier,
  args: fc.array(fc.record({ name: fc.option(identifier, { nil: null }), value }), { maxLength: 3 }),
});

const subject: fc.Arbitrary<SubjectNode> = fc.oneof(
  fc.record({ kind: fc.constant('field' as const), name: identifier }),
  call,
);

const leaf: fc.Arbitrary<RuleNode> = fc.oneof(
  fc.record({
    kind: fc.constant('compare' as const),
    subject,
    operator: fc.constantFrom('=', '!=', '<', '<=', '>', '>=') as fc.Arbitrary<
      '=' | '!=' | '<' | '<=' | '>' | '>='
    >,
    value,
  }),
  fc.record({
    kind: fc.constant('between' as const),
    subject,
    negated: fc.boolean(),
    low: value,
    high: value,
  }),
  fc.record({
    kind: fc.constant('in' as const),
    subject,
    negated: fc.boolean(),
    values: fc.array(value, { minLength: 1, maxLength: 3 }),
  }),
  fc.record({ kind: fc.constant('is_null' as const), subject, negated: fc.boolean() }),
  call,
);

/**
 * Any rule tree the JSON schema accepts (names and values at random, no spans), nested a few levels.
 *
 * @example
 * fc.assert(fc.property(anyRule, (node) => …));
 */
export const anyRule: fc.Arbitrary<RuleNode> = fc.letrec<{ rule: RuleNode }>((tie) => ({
  rule: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({
      kind: fc.constantFrom('and' as const, 'or' as const),
      operands: fc.array(tie('rule'), { minLength: 2, maxLength: 3 }),
    }),
    fc.record({ kind: fc.constant('not' as const), operand: tie('rule') }),
  ),
})).rule;
