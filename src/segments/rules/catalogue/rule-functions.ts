/** One argument of a rule function. */
export interface ParameterSpec {
  name: string;
  type: 'string' | 'date';
  required: boolean;
}

/** A function a rule may call; how it compiles lives in `compile/compile-call.ts`. */
export interface FunctionSpec {
  name: 'products_purchased' | 'in_segment' | 'attribute' | 'in_cluster';
  returns: 'number' | 'boolean' | 'string';
  description: string;
  example: string;
  parameters: readonly ParameterSpec[];
  /** Whether arguments may be given without a name (in parameter order). */
  positional: boolean;
}

/** The functions of the rule language. */
export const RULE_FUNCTIONS: readonly FunctionSpec[] = [
  {
    name: 'products_purchased',
    returns: 'number',
    description: 'Orders with at least one matching line, between since and until (default: all time)',
    example: "products_purchased(category: 'Bread', since: -90d) >= 2",
    parameters: [
      { name: 'category', type: 'string', required: false },
      { name: 'product', type: 'string', required: false },
      { name: 'sku', type: 'string', required: false },
      { name: 'since', type: 'date', required: false },
      { name: 'until', type: 'date', required: false },
    ],
    positional: false,
  },
  {
    name: 'in_segment',
    returns: 'boolean',
    description: 'The customer is a current member of the named segment',
    example: "in_segment('vip')",
    parameters: [{ name: 'name', type: 'string', required: true }],
    positional: true,
  },
  {
    name: 'attribute',
    returns: 'string',
    description: 'The latest value of an imported attribute or survey answer (age band, favourite treat …)',
    example: "attribute('age_band') = '25-34'",
    parameters: [{ name: 'name', type: 'string', required: true }],
    positional: true,
  },
  {
    name: 'in_cluster',
    returns: 'boolean',
    description: 'The customer is in the named cluster of a saved clustering (its current version)',
    example: "in_cluster('shop groups', 'Frequent high spenders')",
    parameters: [
      { name: 'clustering', type: 'string', required: true },
      { name: 'cluster', type: 'string', required: true },
    ],
    positional: true,
  },
];
