import type { Span } from '../ast/span.ts';

/**
 * A word of rule text. `value` is the decoded text of a string literal (quotes removed, `''` made
 * one quote) and the raw text for every other kind. Keywords are `identifier` tokens.
 */
export interface Token {
  kind: 'identifier' | 'string' | 'number' | 'relative_date' | 'operator' | 'punctuation' | 'end';
  text: string;
  value: string;
  span: Span;
}
