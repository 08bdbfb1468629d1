import { closestName, PatronError } from '../errors/index.ts';
import { type Store, sql } from '../store/index.ts';
import {
  MAX_CATEGORY_SHARES,
  PRESETS,
  PROFILE_CATEGORICAL,
  PROFILE_NUMERIC,
  type PresetName,
} from './feature-catalogue.ts';
import type { FeatureSpec } from './feature-spec.ts';
import { protectedCategory } from './protected-attributes.ts';

export interface ResolvedFeatures {
  specs: FeatureSpec[];
  /** Protected attributes a preset would have taken, left out (name and category). */
  excludedProtected: { name: string; category: string }[];
}

/**
 * Turns `rfm`, `behaviour`, `psychographic` or a list such as `rfm,country,attribute:age_band`
 * into input specs. Presets never take protected attributes; naming one in the list adds it on purpose.
 *
 * @example
 * await resolveFeatures(store, 'behaviour') // => { specs: [recency_days, …, share:Bread, …], excludedProtected: [] }
 */
export async function resolveFeatures(store: Store, request: string): Promise<ResolvedFeatures> {
  const categories = (
    await store.all<{ key: string }>(sql`SELECT key FROM customer_spend_shares WHERE dimension = 'category'
      GROUP BY key ORDER BY count(*) DESC, key`)
  ).map((r) => r.key);
  const attributes = (
    await store.all<{ name: string }>(sql`SELECT DISTINCT name FROM customer_attributes ORDER BY name`)
  ).map((r) => r.name);
  const specs = new Map<string, FeatureSpec>();
  const excludedProtected: ResolvedFeatures['excludedProtected'] = [];
  const add = (spec: FeatureSpec) => {
    if (!specs.has(spec.name)) specs.set(spec.name, spec);
  };
  const tokens = request
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  if (tokens.length === 0)
    throw new PatronError('no_features', 'Name a preset (rfm, behaviour, psychographic) or features.');
  for (const token of tokens) {
    const lower = token.toLowerCase();
    const preset = (lower === 'behavior' ? 'behaviour' : lower) as PresetName;
    if (preset in PRESETS) {
      for (const column of PRESETS[preset]) add(profileSpec(column));
      if (preset === 'behaviour')
        for (const category of categories.slice(0, MAX_CATEGORY_SHARES)) add(shareSpec(category));
      if (preset === 'psychographic')
        for (const attribute of attributes) {
          const category = protectedCategory(attribute);
          if (category) excludedProtected.push({ name: attribute, category });
          else add(attributeSpec(attribute, false));
        }
      continue;
    }
    add(explicitSpec(token, categories, attributes));
  }
  // A protected attribute named on purpose is no longer "excluded".
  const kept = excludedProtected.filter((e) => !specs.has(`attribute:${e.name}`));
  return { specs: [...specs.values()], excludedProtected: kept };
}

function explicitSpec(
  token: string,
  categories: readonly string[],
  attributes: readonly string[],
): FeatureSpec {
  const lower = token.toLowerCase();
  if (lower in PROFILE_NUMERIC || lower in PROFILE_CATEGORICAL) return profileSpec(lower);
  const [prefix, ...rest] = token.split(':');
  const value = rest.join(':').trim();
  if (prefix?.toLowerCase() === 'share' && value) {
    const category = categories.find((c) => c.toLowerCase() === value.toLowerCase());
    if (category) return shareSpec(category);
  }
  if (prefix?.toLowerCase() === 'attribute' && value) {
    const attribute = attributes.find((a) => a.toLowerCase() === value.toLowerCase());
    if (attribute) return attributeSpec(attribute, protectedCategory(attribute) !== null);
  }
  const attribute = attributes.find((a) => a.toLowerCase() === lower);
  if (attribute) return attributeSpec(attribute, protectedCategory(attribute) !== null);
  const category = categories.find((c) => c.toLowerCase() === lower);
  if (category) return shareSpec(category);
  const known = [
    ...Object.keys(PRESETS),
    ...Object.keys(PROFILE_NUMERIC),
    ...Object.keys(PROFILE_CATEGORICAL),
    ...attributes,
    ...categories.map((c) => `share:${c}`),
  ];
  const suggestion = closestName(token, known);
  throw new PatronError(
    'unknown_feature',
    `'${token}' is not a preset or a customer feature.${suggestion ? ` Did you mean '${suggestion}'?` : ''} Known: ${known.join(', ')}.`,
  );
}

function profileSpec(column: string): FeatureSpec {
  const numeric = PROFILE_NUMERIC[column];
  if (numeric)
    return {
      name: column,
      label: numeric.label,
      kind: 'numeric',
      source: { type: 'profile', column },
      log: numeric.log,
      protected: false,
    };
  return {
    name: column,
    label: PROFILE_CATEGORICAL[column] ?? column,
    kind: 'categorical',
    source: { type: 'profile', column },
    log: false,
    protected: false,
  };
}

function shareSpec(category: string): FeatureSpec {
  return {
    name: `share:${category}`,
    label: `share of spend on ${category}`,
    kind: 'numeric',
    source: { type: 'share', category },
    log: false,
    protected: false,
  };
}

function attributeSpec(attribute: string, isProtected: boolean): FeatureSpec {
  return {
    name: `attribute:${attribute}`,
    label: attribute.replace(/^survey_/, '').replaceAll('_', ' '),
    kind: 'categorical',
    source: { type: 'attribute', attribute },
    log: false,
    protected: isProtected,
  };
}
