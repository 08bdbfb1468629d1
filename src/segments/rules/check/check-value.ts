import { closestName } from '../../../errors/index.ts';
import type { ValueNode } from '../ast/value-node.ts';
import { issueAt } from '../issues/issue-at.ts';
import type { RuleIssue } from '../issues/rule-issue.ts';
import { valueToText } from '../print/value-to-text.ts';
import type { ValueTarget } from './check-context.ts';
import { describeValue } from './describe-value.ts';
import { isCalendarDate } from './is-calendar-date.ts';
import { mismatchHint } from './mismatch-hint.ts';
import { resolveEnumValue } from './resolve-enum-value.ts';

function quoted(text: string): string {
  return valueToText({ kind: 'string', value: text });
}

/** Pushes an issue and returns the value as it was; the first of several problems is enough. */
function reject(issues: RuleIssue[], issue: RuleIssue, value: ValueNode): ValueNode {
  issues.push(issue);
  return value;
}

/**
 * Checks one literal against the field or argument it is compared with, and returns it in
 * canonical form: enum values spelled as stored, upper-case codes upper-cased.
 *
 * @example
 * checkValue({ kind: 'string', value: 'at risk' }, lifecycleTarget, issues) // => { kind: 'string', value: 'at_risk' }
 */
export function checkValue(value: ValueNode, target: ValueTarget, issues: RuleIssue[]): ValueNode {
  const { span } = value;
  const field = target.field;
  const fits =
    target.type === 'date'
      ? value.kind === 'relative_date' || value.kind === 'string'
      : value.kind === (target.type === 'enum' ? 'string' : target.type);
  if (!fits) {
    const problem = `cannot compare ${target.label} with ${describeValue(value)}`;
    return reject(
      issues,
      issueAt(target.mismatchCode, { problem, span, hint: mismatchHint(value, target) }),
      value,
    );
  }
  if (value.kind !== 'string') return value;
  if (target.type === 'date' && !isCalendarDate(value.value)) {
    const problem = `${quoted(value.value)} is not a date`;
    return reject(
      issues,
      issueAt('invalid_date', { problem, span, hint: "write dates as 'YYYY-MM-DD', like '2024-01-31'" }),
      value,
    );
  }
  if (value.value.trim() === '' && target.mismatchCode === 'bad_argument') {
    return reject(issues, issueAt('bad_argument', { problem: `${target.label} is empty`, span }), value);
  }
  const name = field ? `'${field.name}'` : target.label;
  if (target.type === 'enum') {
    const allowed = field?.values ?? [];
    const resolved = resolveEnumValue(value.value, allowed);
    if (resolved !== undefined) return { ...value, value: resolved };
    const suggestion = closestName(value.value, allowed);
    const hint =
      suggestion === undefined ? mismatchHint(value, target) : `did you mean ${quoted(suggestion)}?`;
    const problem = `unknown value ${quoted(value.value)} for ${name}`;
    return reject(issues, issueAt('unknown_value', { problem, span, hint, suggestion }), value);
  }
  const text = field?.letterCase === 'upper' ? value.value.toUpperCase() : value.value;
  if (field?.pattern && !field.pattern.regex.test(text)) {
    const problem = `unknown value ${quoted(value.value)} for ${name}`;
    return reject(issues, issueAt('unknown_value', { problem, span, hint: field.pattern.hint }), value);
  }
  return { ...value, value: text };
}
