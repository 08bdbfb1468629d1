import { closestName } from '../../../errors/index.ts';
import type { SubjectNode } from '../ast/subject-node.ts';
import type { RuleType } from '../catalogue/field-spec.ts';
import { RULE_FUNCTIONS } from '../catalogue/rule-functions.ts';
import { issueAt } from '../issues/issue-at.ts';
import { checkCall } from './check-call.ts';
import type { CheckContext, ValueTarget } from './check-context.ts';

const TYPE_WORDS: Record<RuleType, string> = {
  number: 'number',
  string: 'text',
  enum: 'text',
  boolean: 'true/false',
  date: 'date',
};

/**
 * Resolves what a condition tests. Returns the subject with its canonical name and, when it is
 * known, the target its values are checked against; an unknown name becomes an issue with the
 * closest field or function as a suggestion.
 *
 * @example
 * checkSubject({ kind: 'field', name: 'Amount_Spent' }, context)
 * // => { node: { kind: 'field', name: 'amount_spent' }, target: { type: 'number', label: "the number field 'amount_spent'", … } }
 */
export function checkSubject(
  subject: SubjectNode,
  context: CheckContext,
): { node: SubjectNode; target?: ValueTarget } {
  if (subject.kind === 'call') {
    const { node, spec } = checkCall(subject, context);
    if (!spec) return { node };
    const label = `the ${TYPE_WORDS[spec.returns]} result of ${spec.name}(…)`;
    return { node, target: { type: spec.returns, label, mismatchCode: 'type_mismatch' } };
  }
  const fields = context.catalogue.filter((f) => f.userFacing !== false);
  const field = fields.find((f) => f.name === subject.name.toLowerCase());
  if (field) {
    const label = `the ${TYPE_WORDS[field.type]} field '${field.name}'`;
    return {
      node: { ...subject, name: field.name },
      target: { type: field.type, label, field, mismatchCode: 'type_mismatch' },
    };
  }
  const functionName = RULE_FUNCTIONS.find((f) => f.name === subject.name.toLowerCase())?.name;
  const suggestion = functionName
    ? undefined
    : closestName(
        subject.name,
        fields.map((f) => f.name),
      );
  const hint = functionName
    ? `'${functionName}' is a function: write ${functionName}(…)`
    : suggestion && `did you mean '${suggestion}'?`;
  const problem = `unknown field '${subject.name}'`;
  context.issues.push(issueAt('unknown_field', { problem, span: subject.span, hint, suggestion }));
  return { node: subject };
}
