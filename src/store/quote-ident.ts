/**
 * Quotes an SQL identifier (table or column name) so any text is safe as a name.
 *
 * @example
 * quoteIdent('Customer ID') // => '"Customer ID"'
 */
export function quoteIdent(name: string): string {
  if (name.includes('\u0000')) throw new Error('identifier contains a NUL character');
  return `"${name.replaceAll('"', '""')}"`;
}
