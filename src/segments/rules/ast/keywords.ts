/** Words of the rule language; they are case-insensitive and cannot name a field or function. */
export const KEYWORDS: ReadonlySet<string> = new Set([
  'and',
  'or',
  'not',
  'between',
  'in',
  'is',
  'null',
  'true',
  'false',
]);
