import type { RuleIssue } from './rule-issue.ts';

/**
 * The issue's message, then (when it has a position) the rule line it is on with `^^^` under the
 * offending text. Tabs before the caret are kept so the caret lines up in a terminal.
 *
 * @example
 * formatIssue('numbr_of_orders > 3', issue)
 * // unknown field 'numbr_of_orders' at line 1, column 1 — did you mean 'number_of_orders'?
 * //   numbr_of_orders > 3
 * //   ^^^^^^^^^^^^^^^
 */
export function formatIssue(text: string, issue: RuleIssue): string {
  const { span } = issue;
  if (!span) return issue.message;
  const lineStart = Math.max(0, span.start - (span.column - 1));
  const newline = text.indexOf('\n', lineStart);
  const lineEnd = newline === -1 ? text.length : newline;
  const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
  const lead = line.slice(0, span.column - 1).replace(/[^\t]/g, ' ');
  const width = Math.max(1, Math.min(span.end, lineStart + line.length) - span.start);
  return `${issue.message}\n  ${line}\n  ${lead}${'^'.repeat(width)}`;
}
