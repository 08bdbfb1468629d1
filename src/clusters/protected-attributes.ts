/** Words that mark an attribute as protected (default list: gender, age, ethnicity, religion, health, marital status). */
const PROTECTED_WORDS: Record<string, string> = {
  gender: 'gender',
  sex: 'gender',
  age: 'age',
  ages: 'age',
  birth: 'age',
  birthday: 'age',
  dob: 'age',
  birthdate: 'age',
  ethnicity: 'ethnicity',
  ethnic: 'ethnicity',
  race: 'ethnicity',
  religion: 'religion',
  religious: 'religion',
  faith: 'religion',
  health: 'health',
  disability: 'health',
  disabled: 'health',
  medical: 'health',
  pregnant: 'health',
  pregnancy: 'health',
  marital: 'marital status',
  married: 'marital status',
  spouse: 'marital status',
};

/**
 * The protected category an attribute name falls under, or null. Names are split into words at
 * spaces, `_`, `-`, `.` and case changes, so `age_band` and `AgeGroup` are age while
 * `average_order_value` and `usage` are not.
 *
 * @example
 * protectedCategory('age_band') // => 'age'
 */
export function protectedCategory(name: string): string | null {
  const words = name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  for (const word of words) {
    const category = PROTECTED_WORDS[word];
    if (category) return category;
  }
  return null;
}
