import { PatronError } from '../../errors/index.ts';
import {
  type Catalogue,
  checkRule,
  DEFAULT_CATALOGUE,
  formatIssue,
  parseRule,
  type RuleNode,
} from '../rules/index.ts';

/**
 * Reads and type-checks rule text; a bad rule becomes one PatronError whose message shows every
 * issue with its line, column and caret, and the closest name when it is a typo.
 */
export function readRule(text: string, catalogue: Catalogue = DEFAULT_CATALOGUE): RuleNode {
  const parsed = parseRule(text);
  const checked = parsed.ok ? checkRule(parsed.value, catalogue) : parsed;
  if (checked.ok) return checked.value;
  const first = checked.issues[0];
  throw new PatronError(
    first?.code ?? 'rule_error',
    checked.issues.map((issue) => formatIssue(text, issue)).join('\n\n'),
    first?.span ? { position: { line: first.span.line, column: first.span.column } } : undefined,
    { issues: checked.issues },
  );
}

/** Names of the segments a rule refers to with in_segment('…'), to refresh those first. */
export function referencedSegments(node: unknown): string[] {
  const found: string[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      const first = (o.args as { value?: { kind?: string; value?: string } }[] | undefined)?.[0]?.value;
      if (o.kind === 'call' && o.name === 'in_segment' && first?.kind === 'string' && first.value)
        found.push(first.value);
      Object.values(o).forEach(walk);
    }
  };
  walk(node);
  return found;
}
