import type { Span } from '../ast/span.ts';
import type { RuleIssue, RuleIssueCode } from './rule-issue.ts';

interface IssueParts {
  /** What is wrong, e.g. "unknown field 'numbr_of_orders'". */
  problem: string;
  span: Span | undefined;
  /** How to fix it, e.g. "did you mean 'number_of_orders'?". */
  hint?: string | undefined;
  suggestion?: string | undefined;
}

/**
 * Builds an issue whose message reads "<problem> at line L, column C — <hint>".
 *
 * @example
 * issueAt('unknown_field', { problem: "unknown field 'x'", span, hint: "did you mean 'y'?", suggestion: 'y' });
 */
export function issueAt(code: RuleIssueCode, parts: IssueParts): RuleIssue {
  const { problem, span, hint, suggestion } = parts;
  const where = span ? ` at line ${span.line}, column ${span.column}` : '';
  const issue: RuleIssue = { code, message: `${problem}${where}${hint ? ` — ${hint}` : ''}` };
  if (span) issue.span = span;
  if (suggestion !== undefined) issue.suggestion = suggestion;
  return issue;
}
