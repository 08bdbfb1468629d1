import { PatronError } from '../../errors/index.ts';
import type { Store } from '../../store/index.ts';
import { DEFAULT_CATALOGUE, explainRule, type RuleExplanation, RuleNode } from '../rules/index.ts';
import { analysisDate } from './analysis-date.ts';
import { listSegments } from './saved-segment.ts';

/** For one customer and one saved segment: which conditions held, with the customer's values. */
export async function explainMembership(
  store: Store,
  name: string,
  customerId: number,
): Promise<RuleExplanation> {
  const [segment] = await listSegments(store, name);
  if (!segment)
    throw new PatronError(
      'unknown_segment',
      `There is no segment named '${name}'. See \`patron segments list\`.`,
    );
  const result = await explainRule(
    store,
    RuleNode.parse(segment.rule_json),
    DEFAULT_CATALOGUE,
    customerId,
    await analysisDate(store),
  );
  if (!result.ok)
    throw new PatronError(
      result.issues[0]?.code ?? 'explain_failed',
      result.issues.map((i) => i.message).join('\n'),
    );
  return result.value;
}
