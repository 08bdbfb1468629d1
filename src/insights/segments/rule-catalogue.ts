import { DEFAULT_CATALOGUE, RULE_FUNCTIONS } from '../../segments/rules/index.ts';
import { type Store, sql } from '../../store/index.ts';

export interface RuleCatalogueReport {
  fields: {
    name: string;
    type: 'number' | 'string' | 'enum' | 'boolean' | 'date';
    description: string;
    values: string[];
  }[];
  functions: {
    name: string;
    returns: string;
    description: string;
    example: string;
    parameters: { name: string; type: string; required: boolean }[];
  }[];
  operators: string[];
  keywords: string[];
  segments: string[];
  categories: string[];
  attributes: string[];
}

const OPERATORS = [
  '=',
  '!=',
  '<',
  '<=',
  '>',
  '>=',
  'BETWEEN … AND …',
  'IN (…)',
  'NOT IN (…)',
  'IS NULL',
  'IS NOT NULL',
];
const KEYWORDS = ['AND', 'OR', 'NOT', 'BETWEEN', 'IN', 'IS', 'NULL', 'TRUE', 'FALSE'];

/** Everything the segment builder's autocomplete offers: fields, functions, and this shop's values. */
export async function ruleCatalogue(store: Store): Promise<RuleCatalogueReport> {
  const names = async (query: ReturnType<typeof sql>) =>
    (await store.all<{ v: string }>(query)).map((r) => String(r.v));
  return {
    fields: DEFAULT_CATALOGUE.filter((f) => f.userFacing !== false).map((f) => ({
      name: f.name,
      type: f.type,
      description: f.description,
      values: [...(f.values ?? [])],
    })),
    functions: RULE_FUNCTIONS.map((f) => ({
      name: f.name,
      returns: f.returns,
      description: f.description,
      example: f.example,
      parameters: f.parameters.map((p) => ({ ...p })),
    })),
    operators: OPERATORS,
    keywords: KEYWORDS,
    segments: await names(sql`SELECT name AS v FROM segments ORDER BY name`),
    categories: await names(
      sql`SELECT DISTINCT category AS v FROM products WHERE category IS NOT NULL ORDER BY 1 LIMIT 500`,
    ),
    attributes: await names(sql`SELECT DISTINCT name AS v FROM customer_attributes ORDER BY 1 LIMIT 500`),
  };
}
