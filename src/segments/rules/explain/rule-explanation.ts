import type { Span } from '../ast/span.ts';

/** One condition of a rule, evaluated for one customer. */
export interface ExplainedCondition {
  /** The condition as rule text (canonical spelling), e.g. "last_order_date > -30d". */
  text: string;
  span?: Span;
  /** Whether the condition holds for the customer (false when the value is missing). */
  held: boolean;
  /** What was tested: a field name or a call such as "products_purchased(category: 'Bread')". */
  subject: string;
  /** The customer's value of the subject: dates as 'YYYY-MM-DD', numbers as numbers, null when missing. */
  value: string | number | boolean | null;
}

/** Why one customer is or is not in a segment on a given date. */
export interface RuleExplanation {
  customerId: number | bigint;
  asOf: string;
  matched: boolean;
  conditions: ExplainedCondition[];
}
