import type { Span } from '../ast/span.ts';

/** Why a rule cannot be read, checked or explained. */
export type RuleIssueCode =
  | 'unexpected_character'
  | 'unterminated_string'
  | 'bad_literal'
  | 'unexpected_token'
  | 'unexpected_end'
  | 'too_deep'
  | 'unknown_field'
  | 'unknown_function'
  | 'bad_argument'
  | 'type_mismatch'
  | 'unknown_value'
  | 'invalid_date'
  | 'unknown_customer';

/**
 * One problem with a rule: a message a shop owner understands, where it is (when the rule came
 * from text), and the closest known name or value when the problem is a typo.
 */
export interface RuleIssue {
  code: RuleIssueCode;
  message: string;
  span?: Span;
  suggestion?: string;
}
