import { previewRule, type RulePreview } from '../../segments/index.ts';
import { checkRule, DEFAULT_CATALOGUE, parseRule } from '../../segments/rules/index.ts';
import { type Store, sql } from '../../store/index.ts';

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
  sample: RulePreview['sample'];
  problems: RuleProblemAt[];
}

/**
 * What the segment builder shows while typing: the live count and a sample when the rule reads
 * and checks, else every problem with its position in the text (never an exception for a bad rule).
 */
export async function previewSegmentRule(
  store: Store,
  text: string,
  limit = 10,
): Promise<SegmentRulePreview> {
  const total = await store.one<{ n: bigint }>(sql`SELECT count(*) AS n FROM customer_profile`);
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
  const preview = await previewRule(store, text, limit);
  return {
    ok: true,
    as_of: preview.as_of,
    count: preview.count,
    total_customers: Number(total?.n ?? 0),
    sample: preview.sample,
    problems: [],
  };
}
