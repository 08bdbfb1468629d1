import type { RuleIssue } from './rule-issue.ts';

/** The outcome of reading, checking or explaining a rule: a value, or the issues that stopped it. */
export type RuleResult<T> = { ok: true; value: T } | { ok: false; issues: RuleIssue[] };
