/** A date as YYYY-MM-DD from ISO (optionally with a time), yyyymmdd or yyyy/mm/dd; undefined otherwise. */
export function parseDay(text: string): string | undefined {
  const m = /^(\d{4})[-/]?(\d{2})[-/]?(\d{2})(?:[T ].*)?$/.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d] = m;
  const date = new Date(`${y}-${mo}-${d}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(d)) return undefined;
  return `${y}-${mo}-${d}`;
}
