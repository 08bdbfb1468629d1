const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field, quoted as RFC 4180 asks only when it holds a comma, quote or line break.
 *
 * @example
 * csvField('Lovely, fresh bread'); // '"Lovely, fresh bread"'
 * csvField('She said "wow"'); // '"She said ""wow"""'
 */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
