import { type Store, sql } from '../../store/index.ts';
import { compileRule, DEFAULT_CATALOGUE } from '../rules/index.ts';
import { analysisDate } from './analysis-date.ts';
import { type MatchSample, matchSample } from './match-sample.ts';
import { readRule } from './read-rule.ts';

export interface RulePreview extends MatchSample {
  as_of: string;
}

/** How many customers an unsaved rule matches now, with a sample of them (largest spenders first). */
export async function previewRule(store: Store, text: string, limit = 10): Promise<RulePreview> {
  const asOf = await analysisDate(store);
  const condition = compileRule(readRule(text), DEFAULT_CATALOGUE, { asOf });
  return { as_of: asOf, ...(await matchSample(store, sql.ident('customer_profile'), condition, limit)) };
}
