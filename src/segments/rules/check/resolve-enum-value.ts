/** Case, spaces, `_` and `-` do not matter when matching enum values: 'at risk' is 'at_risk'. */
function matchKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

/**
 * The allowed value a rule literal means, spelled as stored, or undefined when it matches none.
 *
 * @example
 * resolveEnumValue('at risk', ['new', 'at_risk']) // => 'at_risk'
 */
export function resolveEnumValue(literal: string, allowed: readonly string[]): string | undefined {
  const key = matchKey(literal);
  return allowed.find((value) => matchKey(value) === key);
}
