/**
 * Reads the single-quoted text literal that starts at `start`; `''` inside it is one quote.
 * Returns the decoded text and the offset just past the closing quote, or undefined when the
 * literal never closes.
 *
 * @example
 * readString("x = 'Can''t'", 4) // => { value: "Can't", end: 12 }
 */
export function readString(text: string, start: number): { value: string; end: number } | undefined {
  let value = '';
  let at = start + 1;
  while (at < text.length) {
    const quote = text.indexOf("'", at);
    if (quote === -1) return undefined;
    value += text.slice(at, quote);
    if (text[quote + 1] !== "'") return { value, end: quote + 1 };
    value += "'";
    at = quote + 2;
  }
  return undefined;
}
