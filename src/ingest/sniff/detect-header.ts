const VALUE_LIKE = /^\s*[-+(]?[$£€¥]?\s*\d[\d.,:/\- T]*\)?\s*$/;

/**
 * A first record is a header unless every field looks like a value (a number or a date),
 * which is how files without a header (such as CDNOW_sample.txt) begin.
 */
export function detectHeader(records: readonly string[][]): boolean {
  const first = records[0];
  if (!first || records.length < 2) return true;
  return !first.every((field) => field === '' || VALUE_LIKE.test(field));
}

/** Header names made unique and never blank: blanks become `column_N`, repeats get `_2`, `_3` … */
export function cleanHeaderNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((raw, i) => {
    const base = raw.replace(/^\uFEFF/, '').trim() || `column_${i + 1}`;
    const n = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), n);
    return n === 1 ? base : `${base}_${n}`;
  });
}
