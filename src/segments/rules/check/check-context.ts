import type { Catalogue, FieldSpec, RuleType } from '../catalogue/field-spec.ts';
import type { RuleIssue } from '../issues/rule-issue.ts';

/** What the checker carries while it walks a rule: the fields and the issues found so far. */
export interface CheckContext {
  catalogue: Catalogue;
  issues: RuleIssue[];
}

/**
 * What a value is checked against: its type, the field when it is one (for enum values, letter
 * case and patterns), how to name it in a message, and the issue code for a wrong type.
 */
export interface ValueTarget {
  type: RuleType;
  label: string;
  field?: FieldSpec;
  mismatchCode: 'type_mismatch' | 'bad_argument';
}
