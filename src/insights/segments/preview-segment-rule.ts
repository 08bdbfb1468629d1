import { matchSample } from '../../segments/index.ts';
import { checkRule, compileRule, DEFAULT_CATALOGUE, parseRule } from '../../segments/rules/index.ts';
import { type Sql, type Store, sql } from '../../store/index.ts';

export interface RuleProblemAt {
  code: string;
  message: string;
  position: { start: number; end: number; line: number; column: number } | null;
  suggestion: string | null;
}

export interface SegmentRulePreview {
  ok: boolean;
  as_of: string | null;
  count: number | null;
  total_customers: number;
  sample: {
    customer_id: number;
    email: string | null;
    number_of_orders: number;
    amount_spent: number;
    last_order_date: string | null;
  }[];
  problems: RuleProblemAt[];
}

/**
 * What the segment builder shows while typing: the live count and a sample when the rule reads
 * and checks, else every problem with its position in the text (never an exception for a bad rule).
 * `rows` is `customer_profile` or the server's copy of the customer rows (WorkspaceData.profileRows).
 */
export async function previewSegmentRule(
  store: Store,
  text: string,
  limit = 10,
  from: Sql = sql.ident('customer_profile'),
): Promise<SegmentRulePreview> {
  const total = await store.one<{ n: bigint; as_of: string | null }>(
    sql`SELECT count(*) AS n, strftime(max(as_of), '%Y-%m-%d') AS as_of FROM ${from}`,
  );
  const parsed = parseRule(text);
  const checked = parsed.ok ? checkRule(parsed.value, DEFAULT_CATALOGUE) : parsed;
  if (!checked.ok)
    return {
      ok: false,
      as_of: null,
      count: null,
      total_customers: Number(total?.n ?? 0),
      sample: [],
      problems: checked.issues.map((i) => ({
        code: i.code,
        message: i.message,
        position: i.span
          ? { start: i.span.start, end: i.span.end, line: i.span.line, column: i.span.column }
          : null,
        suggestion: i.suggestion ?? null,
      })),
    };
  const asOf = total?.as_of ?? null;
  if (asOf === null)
    return {
      ok: true,
      as_of: null,
      count: 0,
      total_customers: Number(total?.n ?? 0),
      sample: [],
      problems: [],
    };
  // The same condition a saved segment uses, over the profile table.
  const condition = compileRule(checked.value, DEFAULT_CATALOGUE, { asOf });
  return {
    ok: true,
    as_of: asOf,
    total_customers: Number(total?.n ?? 0),
    ...(await matchSample(store, from, condition, limit)),
    problems: [],
  };
}
