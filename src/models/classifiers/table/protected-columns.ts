/** Words that mark a column as a protected attribute (or a close proxy of one). */
export const PROTECTED_WORDS: Readonly<Record<string, string>> = {
  gender: 'gender',
  sex: 'gender',
  age: 'age',
  dob: 'age',
  birth: 'age',
  birthday: 'age',
  birthdate: 'age',
  born: 'age',
  ethnicity: 'ethnicity',
  ethnic: 'ethnicity',
  race: 'race',
  religion: 'religion',
  religious: 'religion',
  faith: 'religion',
  health: 'health',
  medical: 'health',
  disability: 'health',
  disabled: 'health',
  marital: 'marital status',
  married: 'marital status',
  marriage: 'marital status',
};

export interface ProtectedSplit {
  /** Columns the model may use. */
  used: string[];
  /** Protected columns left out, with the attribute each one matched. */
  excluded: { column: string; attribute: string }[];
  /** Protected columns kept because the caller enabled them. */
  included_on_purpose: { column: string; attribute: string }[];
}

/**
 * Splits column names into those a model may use and the protected ones it must not use unless
 * `enabled` names them. A name matches when one of its words (split at `_`, `-`, spaces, digits
 * and camelCase) is a protected word, so `age_band` and `customerGender` match but `usage` and
 * `average_order_value` do not.
 *
 * @example
 * splitProtected(['age_band', 'orders'], []).excluded // => [{ column: 'age_band', attribute: 'age' }]
 */
export function splitProtected(columns: readonly string[], enabled: readonly string[]): ProtectedSplit {
  const on = new Set(enabled.map((c) => c.toLowerCase()));
  const result: ProtectedSplit = { used: [], excluded: [], included_on_purpose: [] };
  for (const column of columns) {
    const attribute = protectedAttribute(column);
    if (attribute === undefined) result.used.push(column);
    else if (on.has(column.toLowerCase())) {
      result.used.push(column);
      result.included_on_purpose.push({ column, attribute });
    } else result.excluded.push({ column, attribute });
  }
  return result;
}

/** The protected attribute a column name refers to, if any. */
export function protectedAttribute(column: string): string | undefined {
  const words = column
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  for (const word of words) if (PROTECTED_WORDS[word]) return PROTECTED_WORDS[word];
  return undefined;
}
