/** Prints rows as an aligned text table. */
export function printTable(title: string, rows: readonly Record<string, string | number>[]): void {
  const first = rows[0];
  if (!first) return;
  const keys = Object.keys(first);
  const width = keys.map((k) => Math.max(k.length, ...rows.map((r) => String(r[k]).length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(width[i] ?? 0)).join(' | ')} |`;
  console.log(`\n${title}`);
  console.log(line(keys));
  console.log(`|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(keys.map((k) => String(r[k]))));
}
