import type { RuleIssue } from '../issues/rule-issue.ts';

/** Thrown inside the parser to unwind to `parseRule`, which returns the issue; never escapes it. */
export class ParseFailure extends Error {
  constructor(readonly issue: RuleIssue) {
    super(issue.message);
    this.name = 'ParseFailure';
  }
}
