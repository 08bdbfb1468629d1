/** Objects as RFC 4180 CSV with a header row taken from the first object's keys. */
export function toCsv(rows: readonly object[]): string {
  const first = rows[0];
  if (!first) return '';
  const keys = Object.keys(first);
  const cell = (v: unknown) => {
    const text = v === null || v === undefined ? '' : String(v);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = rows.map((r) => keys.map((k) => cell((r as Record<string, unknown>)[k])).join(','));
  return `${[keys.join(','), ...lines].join('\n')}\n`;
}
