/** Objects as RFC 4180 CSV with a header row from the first object's keys ('' for no rows). */
export function toCsv(rows: readonly object[], header?: readonly string[]): string {
  const keys = header ?? (rows[0] ? Object.keys(rows[0]) : []);
  if (keys.length === 0) return '';
  const cell = (v: unknown) => {
    const text = v === null || v === undefined ? '' : String(v);
    // A leading = + - @ would run as a formula in a spreadsheet: quote it with a leading apostrophe.
    const safe = /^[=+\-@]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
    return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  const lines = rows.map((r) => keys.map((k) => cell((r as Record<string, unknown>)[k])).join(','));
  return `${[keys.join(','), ...lines].join('\n')}\n`;
}
