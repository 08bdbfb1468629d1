/** The type a rule sees for a field or a function result. */
export type RuleType = 'number' | 'string' | 'enum' | 'boolean' | 'date';

/**
 * One column of the `customer_profile` view as the rule language sees it. `name` is both the
 * rule-language name and the column name.
 */
export interface FieldSpec {
  name: string;
  type: RuleType;
  description: string;
  /** Allowed values of an `enum` field, spelled as stored; rule values match ignoring case, spaces and `_`. */
  values?: readonly string[];
  /** `upper`: the column holds upper-case codes and literals are upper-cased (countries). */
  letterCase?: 'upper';
  /** A shape every literal must have after case folding, and how to say it to a shop owner. */
  pattern?: { regex: RegExp; hint: string };
  /** False for columns that exist for joins but are not offered in rules (ids). */
  userFacing?: false;
}

/** The fields a rule may use. */
export type Catalogue = readonly FieldSpec[];
